package dev.backboard.core;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The API's answer to a request with bad fields, in the shape of every other 400 of the
 * API: {@code errors} lists each field as {@code parameter} with the same message its
 * page shows next to it.
 */
public final class FieldProblems {

	private FieldProblems() {
	}

	/** One bad field. */
	public record FieldError(String parameter, String message) {
	}

	public static ProblemDetail of(Map<String, String> errors) {
		return of(HttpStatus.BAD_REQUEST, errors);
	}

	public static ProblemDetail of(HttpStatus status, Map<String, String> errors) {
		List<FieldError> fields = errors.entrySet()
			.stream()
			.map(e -> new FieldError(e.getKey(), e.getValue()))
			.toList();
		String detail = fields.stream()
			.map(error -> error.parameter() + ": " + error.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("Invalid request");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase());
		problem.setProperty("errors", fields);
		return problem;
	}

}
