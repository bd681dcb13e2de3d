package dev.backboard.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The headers every response carries: a strict content security policy (no inline
 * scripts, no plugins, no framing), no MIME sniffing, a cautious referrer policy, and
 * HSTS over HTTPS.
 */
@Component
// After TrustedProxies: HSTS depends on the scheme the proxy forwarded.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SecurityHeaders extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: https:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * The API explorer's bundled page needs inline styles; it is served from our own
	 * origin.
	 */
	private static final String API_DOCS_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		write(request, response);
		chain.doFilter(request, response);
	}

	/**
	 * Also for answers written after a reset of the response, such as
	 * {@link DatabaseOutage}'s.
	 */
	static void write(HttpServletRequest request, HttpServletResponse response) {
		boolean apiDocs = request.getRequestURI().startsWith("/api/v1/docs")
				|| request.getRequestURI().startsWith("/swagger-ui")
				|| request.getRequestURI().startsWith("/api/v1/swagger-ui");
		response.setHeader("Content-Security-Policy", apiDocs ? API_DOCS_POLICY : CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("X-Frame-Options", "DENY");
		if (request.isSecure()) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
	}

}
