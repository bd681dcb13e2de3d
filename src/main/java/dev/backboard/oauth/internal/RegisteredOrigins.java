package dev.backboard.oauth.internal;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dev.backboard.oauth.AppClients;
import dev.backboard.web.WebProperties;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for browsers: the public read API answers the origins of
 * {@code backboard.web.cors-allowed-origins} (any by default); the rest of the API and
 * the token and revocation endpoints answer only the origins of registered single-page
 * apps and those the operator named there explicitly (not "*"). No cookies cross: apps
 * send bearer tokens. The registered origins are read from the database, so every node
 * knows an app as soon as it is registered.
 */
@Component("corsConfigurationSource")
class RegisteredOrigins implements CorsConfigurationSource {

	private static final Set<String> PUBLIC_READS = Set.of("/api/v1/jobs", "/api/v1/skills", "/api/v1/suggest");

	private final AppClients apps;

	private final WebProperties web;

	RegisteredOrigins(AppClients apps, WebProperties web) {
		this.apps = apps;
		this.web = web;
	}

	@Override
	public @Nullable CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String method = request.getHeader("Access-Control-Request-Method");
		if ((method == null ? request.getMethod() : method).equals("GET") && publicRead(path)) {
			CorsConfiguration open = configuration();
			open.setAllowedOriginPatterns(web.corsAllowedOrigins());
			return open;
		}
		if (!path.startsWith("/api/") && !path.equals("/oauth2/token") && !path.equals("/oauth2/revoke")) {
			return null;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		CorsConfiguration registered = configuration();
		web.corsAllowedOrigins()
			.stream()
			.filter(pattern -> !pattern.equals("*"))
			.forEach(registered::addAllowedOriginPattern);
		if (origin != null && apps.allowedOrigins().contains(origin)) {
			registered.addAllowedOrigin(origin);
		}
		return registered;
	}

	private static boolean publicRead(String path) {
		return PUBLIC_READS.contains(path) || (path.startsWith("/api/v1/jobs/") && path.indexOf('/', 13) < 0);
	}

	private static CorsConfiguration configuration() {
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
		configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
				HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key"));
		configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.LINK));
		configuration.setAllowCredentials(false);
		configuration.setMaxAge(Duration.ofMinutes(10));
		return configuration;
	}

}
