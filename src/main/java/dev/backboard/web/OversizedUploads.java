package dev.backboard.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an upload over the request's multipart limit with 413. Without it the CSRF
 * check, which runs first, would find no token in the unread body and answer 403. Each
 * form checks its own, smaller limit (logos, résumés) and says so next to the field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OversizedUploads extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IllegalStateException ex) {
			// The container's way of saying a part or the request is over its limit.
			// Recorded as the error, so that the error page does not parse the body
			// again.
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(-1, ex));
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The upload is too large.");
			return;
		}
		catch (IOException | ServletException ex) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The upload could not be read.");
			return;
		}
		chain.doFilter(request, response);
	}

}
