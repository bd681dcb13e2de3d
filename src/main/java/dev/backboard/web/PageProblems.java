package dev.backboard.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.companies.NoCompanyYet;
import dev.backboard.core.NotFound;
import dev.backboard.core.ratelimit.RateLimited;
import dev.backboard.search.SearchUnavailable;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Anything missing (or not the caller's) on any page or page fragment is a 404, shown by
 * {@link ErrorPages}. API controllers answer it themselves first, through
 * {@link ApiProblems}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(RateLimited.class)
	void rateLimited(RateLimited ex, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", Long.toString(ex.retryAfterSeconds()));
		response.sendError(429, "Too many attempts. Please wait " + ex.retryAfterSeconds() + " seconds and try again.");
	}

	@ExceptionHandler(NoCompanyYet.class)
	String createCompanyFirst() {
		return "redirect:/employer/company/new";
	}

	@ExceptionHandler(SearchUnavailable.class)
	void searchUnavailable(HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "5");
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(NotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
