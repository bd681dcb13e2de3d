package dev.backboard.billing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Stripe calls the webhook without a session or CSRF token: it proves itself with the
 * signature the controller checks, so the endpoint is open and stateless.
 */
@Configuration(proxyBeanMethods = false)
class StripeWebhookSecurity {

	@Bean
	@Order(0)
	SecurityFilterChain stripeWebhook(HttpSecurity http) throws Exception {
		http.securityMatcher(StripeWebhookController.PATH)
			.authorizeHttpRequests(routes -> routes.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

}
