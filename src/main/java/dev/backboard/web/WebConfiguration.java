package dev.backboard.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final WebProperties properties;

	WebConfiguration(WebProperties properties) {
		this.properties = properties;
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
