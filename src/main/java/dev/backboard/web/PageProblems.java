package dev.backboard.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.jobs.JobNotFound;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A missing job on any page or page fragment is a 404, shown by {@link ErrorPages}. API
 * controllers answer it themselves first, through {@link ApiProblems}.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(JobNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
