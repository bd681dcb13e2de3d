package dev.backboard.accounts;

import java.io.IOException;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.core.ratelimit.RateLimited;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every sign-in attempt per IP and per typed address before the password is
 * checked; over either limit the sign-in page comes back with 429 and
 * {@code Retry-After}, the same for known and unknown addresses. Sits before the username
 * and password filter.
 */
class SignInThrottle extends OncePerRequestFilter {

	private final RateLimits limits;

	private final SecurityEvents events;

	private final TemplateEngine templates;

	SignInThrottle(RateLimits limits, SecurityEvents events, TemplateEngine templates) {
		this.limits = limits;
		this.events = events;
		this.templates = templates;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			limits.consume(SignInAttempts.PER_IP, request.getRemoteAddr());
			limits.consume(SignInAttempts.PER_ACCOUNT, SignInAttempts.accountKey(request));
		}
		catch (RateLimited ex) {
			events.record(null, SecurityEventType.SIGN_IN_THROTTLED, null);
			StringOutput page = new StringOutput();
			templates.render("accounts/login.jte", Map.of("failed", false, "retryAfter", ex.retryAfterSeconds()), page);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(page.toString());
			return;
		}
		chain.doFilter(request, response);
	}

}
