package dev.backboard.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The harness's own endpoints exist only in the benchmark profile and take no session.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain benchSecurityFilterChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/bench/**")
			.authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.build();
	}

}
