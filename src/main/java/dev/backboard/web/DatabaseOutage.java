package dev.backboard.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers work that needs PostgreSQL with 503 and {@code Retry-After} while PostgreSQL is
 * unreachable, instead of a 500. It wraps every other filter but the security headers,
 * because the session (Spring Session reads it from PostgreSQL) and sign-in throttling
 * fail in filters, where no controller advice sees them. It renders the page itself, with
 * no error dispatch: the error page's layout would look up the signed-in user, in the
 * session, in the database that is down.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseOutage extends OncePerRequestFilter {

	/** Seconds a client should wait: the pool notices a returning server at once. */
	static final int RETRY_AFTER_SECONDS = 5;

	static final String MESSAGE = "Part of the site is unavailable for a moment. Please try again in a few seconds.";

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

	private static final String PROBLEM = """
			{"type":"about:blank","title":"Service Unavailable","status":503,\
			"detail":"The database is unavailable; retry in a few seconds"}""";

	private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

	private final TemplateEngine templates;

	DatabaseOutage(TemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * Whether the failure means PostgreSQL cannot be reached (no connection within the
	 * pool's time-out, a refused or broken connection, the server shutting down), as
	 * opposed to a bug or a bad statement.
	 */
	static boolean causedBy(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
				return true;
			}
			// The pool closes a connection that broke mid-transaction; the rollback then
			// fails on it with this state-less exception, and replaces the original one.
			if (cause instanceof SQLException sql && sql.getSQLState() == null
					&& HIKARI_CLOSED_CONNECTION.equals(sql.getMessage())) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable, answered {} {} with 503: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			answer(request, response);
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// Drops whatever the failed work wrote, headers included, and whether it chose a
		// writer or a stream.
		response.reset();
		SecurityHeaders.write(request, response);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith("/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(PROBLEM);
			return;
		}
		// Outside the security filters no one is signed in: the layout shows the
		// signed-out header and reads nothing from the session.
		StringOutput html = new StringOutput();
		templates.render("error.jte", Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "message", MESSAGE),
				html);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write(html.toString());
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
