package dev.backboard.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps searches and the start page working while PostgreSQL is down for visitors with a
 * session: what they show comes from the index, but the page header asks the session who
 * is signed in, and sessions live in PostgreSQL. A session that cannot be read makes the
 * page look as it does to a signed-out visitor, instead of a 503. Sits just inside Spring
 * Session's filter, so that it wraps the request that filter hands on.
 */
class SearchesWithoutSessions extends OncePerRequestFilter {

	private final Set<String> paths;

	SearchesWithoutSessions(Set<String> paths) {
		this.paths = Set.copyOf(paths);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !paths.contains(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new SessionIfReadable(request), response);
	}

	/**
	 * Reads the session once at most while the database is down: every further attempt
	 * would wait for the pool's time-out again.
	 */
	private static final class SessionIfReadable extends HttpServletRequestWrapper {

		private boolean unreadable;

		SessionIfReadable(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable HttpSession getSession(boolean create) {
			if (unreadable && !create) {
				return null;
			}
			try {
				return super.getSession(create);
			}
			catch (RuntimeException ex) {
				if (create || !DatabaseOutage.causedBy(ex)) {
					throw ex;
				}
				unreadable = true;
				return null;
			}
		}

		@Override
		public boolean isRequestedSessionIdValid() {
			if (unreadable) {
				return false;
			}
			try {
				return super.isRequestedSessionIdValid();
			}
			catch (RuntimeException ex) {
				if (!DatabaseOutage.causedBy(ex)) {
					throw ex;
				}
				unreadable = true;
				return false;
			}
		}

	}

}
