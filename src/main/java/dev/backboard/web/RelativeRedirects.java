package dev.backboard.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A redirect's {@code Location} is exactly what the code gave: the servlet container
 * would turn a path into an absolute URL built from the request's {@code Host} header
 * (always for HTTP/1.0 clients), which anyone can set.
 */
class RelativeRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				sendRedirect(location, SC_FOUND, true);
			}

			@Override
			public void sendRedirect(String location, int status) throws IOException {
				sendRedirect(location, status, true);
			}

			@Override
			public void sendRedirect(String location, boolean clearBuffer) throws IOException {
				sendRedirect(location, SC_FOUND, clearBuffer);
			}

			@Override
			public void sendRedirect(String location, int status, boolean clearBuffer) throws IOException {
				if (isCommitted()) {
					throw new IllegalStateException("The response is already committed");
				}
				if (clearBuffer) {
					resetBuffer();
				}
				setStatus(status);
				setHeader("Location", location);
			}

		});
	}

}
