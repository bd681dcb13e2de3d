package dev.backboard.web;

import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the container shows when no controller answered (an unknown path, a wrong method)
 * or one failed: a problem document under {@code /api}, a friendly page elsewhere. Never
 * a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

	private final TemplateEngine templates;

	ErrorPages(TemplateEngine templates) {
		this.templates = templates;
	}

	@RequestMapping("/error")
	ResponseEntity<?> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
			problem.setTitle(status.getReasonPhrase());
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		StringOutput html = new StringOutput();
		templates.render("error.jte", Map.of("status", status.value(), "message", detail(status)), html);
		return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html.toString());
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static String detail(HttpStatus status) {
		return switch (status) {
			case NOT_FOUND -> "There is nothing at this address. The job may have been removed.";
			case METHOD_NOT_ALLOWED -> "This address does not accept that method.";
			case BAD_REQUEST -> "The request was not understood.";
			case CONTENT_TOO_LARGE -> "The request is too large.";
			case TOO_MANY_REQUESTS -> "Too many attempts. Please wait a little and try again.";
			case FORBIDDEN -> "You do not have access to this page.";
			case SERVICE_UNAVAILABLE -> "Search is unavailable for a moment. Please try again shortly.";
			default -> status.is5xxServerError() ? "Something went wrong on our side. Please try again in a moment."
					: status.getReasonPhrase();
		};
	}

}
