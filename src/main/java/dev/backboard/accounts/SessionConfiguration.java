package dev.backboard.accounts;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * After the session store's filter and the web module's wrapper that lets searches go
	 * on when sessions cannot be read, before Spring Security's.
	 */
	@Bean
	FilterRegistrationBean<SessionAbsoluteTimeout> sessionAbsoluteTimeout(AccountsProperties properties) {
		FilterRegistrationBean<SessionAbsoluteTimeout> registration = new FilterRegistrationBean<>(
				new SessionAbsoluteTimeout(properties.sessionAbsoluteTimeout()));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 2);
		return registration;
	}

}
