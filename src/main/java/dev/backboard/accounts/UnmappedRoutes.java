package dev.backboard.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Deny by default without lying: a request no controller answers is refused by the
 * catch-all rule, and is then told 404 (or 405 for a wrong method), exactly as it would
 * be without security, instead of a sign-in page or a 403 that hints at a route.
 */
@Component
class UnmappedRoutes {

	private final HandlerMapping controllers;

	UnmappedRoutes(@Qualifier("requestMappingHandlerMapping") HandlerMapping controllers) {
		this.controllers = controllers;
	}

	/**
	 * Answers the request with 404 or 405 when no controller maps it.
	 * @return whether it answered
	 */
	boolean answerIfUnmapped(HttpServletRequest request, HttpServletResponse response) throws IOException {
		RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		ServletRequestPathUtils.parseAndCache(request);
		try {
			if (controllers.getHandler(request) == null) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND);
				return true;
			}
			return false;
		}
		catch (HttpRequestMethodNotSupportedException ex) {
			if (ex.getSupportedMethods() != null) {
				response.setHeader("Allow", String.join(", ", ex.getSupportedMethods()));
			}
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
		finally {
			if (previous == null) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
			else {
				ServletRequestPathUtils.setParsedRequestPath(previous, request);
			}
		}
	}

}
