package dev.backboard.accounts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than the absolute timeout at its next request, however active it
 * was, before security reads who is signed in. The session store stamps sessions with the
 * system clock, so this compares with the same clock rather than the board's.
 */
class SessionAbsoluteTimeout extends OncePerRequestFilter {

	private final Duration timeout;

	SessionAbsoluteTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(timeout).isBefore(Instant.now())) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
