package dev.backboard.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps how many searches one node works on at once. Virtual threads accept any number of
 * requests; past the node's capacity each one only makes all the others slower, so a
 * search that cannot start within the wait is answered at once with 503 and Retry-After
 * instead.
 */
class LoadShedding extends OncePerRequestFilter {

	private final Semaphore permits;

	private final long waitMillis;

	LoadShedding(int maxConcurrent, long waitMillis) {
		this.permits = new Semaphore(maxConcurrent, true);
		this.waitMillis = waitMillis;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean acquired;
		try {
			acquired = permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			reject(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			permits.release();
		}
	}

	private static void reject(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "1");
		if (request.getRequestURI().startsWith("/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"title\":\"Busy\",\"status\":503,\"detail\":\"Too many searches at once; retry in a second\"}");
		}
		else {
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.getWriter().write("Too many searches at once; please retry in a second.");
		}
	}

}
