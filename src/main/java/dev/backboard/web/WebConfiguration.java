package dev.backboard.web;

import java.util.HashSet;
import java.util.Set;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final WebProperties properties;

	WebConfiguration(WebProperties properties) {
		this.properties = properties;
	}

	@Bean
	FilterRegistrationBean<LoadShedding> searchLoadShedding() {
		FilterRegistrationBean<LoadShedding> registration = new FilterRegistrationBean<>(
				new LoadShedding(properties.effectiveSearchConcurrency(), properties.searchQueueWait().toMillis()));
		registration.setUrlPatterns(properties.searchPaths());
		return registration;
	}

	/** First of all filters, so every later one sees the client's address and scheme. */
	@Bean
	FilterRegistrationBean<TrustedProxies> trustedProxies() {
		FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(
				new TrustedProxies(properties.trustedProxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Right after the session store's filter, so that it wraps the request that filter
	 * hands on, before any other filter reads the session.
	 */
	@Bean
	FilterRegistrationBean<SearchesWithoutSessions> searchesWithoutSessions() {
		FilterRegistrationBean<SearchesWithoutSessions> registration = new FilterRegistrationBean<>(
				new SearchesWithoutSessions(pagesFromTheIndex()));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
		return registration;
	}

	/** The start page and the searches: what they show comes from the search index. */
	private Set<String> pagesFromTheIndex() {
		Set<String> paths = new HashSet<>(properties.searchPaths());
		paths.add("/");
		return paths;
	}

	@Bean
	FilterRegistrationBean<RelativeRedirects> relativeRedirects() {
		FilterRegistrationBean<RelativeRedirects> registration = new FilterRegistrationBean<>(new RelativeRedirects());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/**")
			.allowedOriginPatterns(properties.corsAllowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
			.allowedHeaders("Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key")
			.exposedHeaders("ETag", "Location", "Link")
			.maxAge(3600);
	}

}
