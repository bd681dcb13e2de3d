package dev.backboard.accounts;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * API callers without a valid token get a 401 problem with a bearer challenge; callers
 * whose token lacks the scope get a 403 problem.
 */
@Component
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	/** The request attribute naming the scope a route needed and the token lacked. */
	static final String MISSING_SCOPE = ApiProblemResponses.class.getName() + ".missingScope";

	private final JsonMapper json;

	private final UnmappedRoutes unmapped;

	ApiProblemResponses(JsonMapper json, UnmappedRoutes unmapped) {
		this.json = json;
		this.unmapped = unmapped;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (unmapped.answerIfUnmapped(request, response)) {
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "Send a valid API token as 'Authorization: Bearer <token>'.",
				null);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (unmapped.answerIfUnmapped(request, response)) {
			return;
		}
		if (request.getAttribute(MISSING_SCOPE) instanceof String scope) {
			write(request, response, HttpStatus.FORBIDDEN, "This token lacks the scope '" + scope + "'.", scope);
			return;
		}
		write(request, response, HttpStatus.FORBIDDEN, "This token may not do that.", null);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
			@Nullable String scope) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (scope != null) {
			problem.setProperty("scope", scope);
			response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scope + "\"");
		}
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
