package dev.backboard.accounts;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/** Right after the session store's filter, before Spring Security's. */
	@Bean
	FilterRegistrationBean<SessionAbsoluteTimeout> sessionAbsoluteTimeout(AccountsProperties properties) {
		FilterRegistrationBean<SessionAbsoluteTimeout> registration = new FilterRegistrationBean<>(
				new SessionAbsoluteTimeout(properties.sessionAbsoluteTimeout()));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

}
