package dev.backboard.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.JobTransitionRefused;
import dev.backboard.core.NotFound;
import dev.backboard.core.idempotency.IdempotencyKeyReused;
import dev.backboard.core.ratelimit.RateLimited;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.SearchUnavailable;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every API error as an RFC 9457 problem: a 400 names each bad parameter in
 * {@code errors}, and nothing internal (a stack trace, a SQL message) ever reaches the
 * caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	/**
	 * One bad parameter.
	 */
	record ParameterError(String parameter, String message) {
	}

	@ExceptionHandler(BindException.class)
	ProblemDetail invalidParameters(BindException ex) {
		List<ParameterError> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new ParameterError(error.getField(), message(error)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> errors
				.add(new ParameterError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		return badRequest(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidArguments(HandlerMethodValidationException ex) {
		List<ParameterError> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors
					.add(new ParameterError(String.valueOf(result.getMethodParameter().getParameterName()),
							String.valueOf(error.getDefaultMessage())))));
		return badRequest(errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(new ParameterError(ex.getName(), "\"" + ex.getValue() + "\" is not a valid value")));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missing(MissingServletRequestParameterException ex) {
		return badRequest(List.of(new ParameterError(ex.getParameterName(), "is required")));
	}

	@ExceptionHandler(InvalidSearch.class)
	ProblemDetail invalidSearch(InvalidSearch ex) {
		return badRequest(List.of(new ParameterError(ex.parameter(), ex.getMessage())));
	}

	@ExceptionHandler(InvalidJob.class)
	ProblemDetail invalidJob(InvalidJob ex) {
		return badRequest(
				ex.fieldErrors().entrySet().stream().map(e -> new ParameterError(e.getKey(), e.getValue())).toList());
	}

	@ExceptionHandler(JobTransitionRefused.class)
	ProblemDetail transitionRefused(JobTransitionRefused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		problem.setTitle("Not allowed in the job's current status");
		problem.setProperties(Map.of("jobStatus", ex.status().name(), "action", ex.action().name()));
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON for this operation");
		problem.setTitle("Unreadable request");
		return problem;
	}

	@ExceptionHandler(IdempotencyKeyReused.class)
	ProblemDetail idempotencyKeyReused(IdempotencyKeyReused ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setTitle("Idempotency-Key reused");
		return problem;
	}

	@ExceptionHandler(RateLimited.class)
	ResponseEntity<ProblemDetail> rateLimited(RateLimited ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many requests; try again in " + ex.retryAfterSeconds() + " s");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(problem);
	}

	@ExceptionHandler(SearchUnavailable.class)
	ResponseEntity<ProblemDetail> searchUnavailable(SearchUnavailable ex) {
		log.warn("Search unavailable: {}", ex.getCause() == null ? ex.getMessage() : ex.getCause().getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
		problem.setTitle("Search unavailable");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
				"Use one of " + Arrays.toString(ex.getSupportedMethods()));
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, "This resource is served as JSON");
	}

	/**
	 * Problems a controller builds itself (412, 415, 428, ...), answered as they are,
	 * with their headers.
	 */
	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> errorResponse(ErrorResponseException ex) {
		return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders()).body(ex.getBody());
	}

	/**
	 * A database that cannot be reached shows up as many exception types, wrapped at any
	 * depth, so it is recognized here rather than by handler type.
	 */
	@ExceptionHandler(Exception.class)
	@Nullable ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// The client left while the answer was written: nobody reads a problem, and
			// nothing went wrong on this side.
			log.debug("Client went away during an API request: {}", ex.toString());
			return null;
		}
		if (DatabaseOutage.causedBy(ex)) {
			log.warn("Database unavailable, answered an API request with 503: {}", ex.toString());
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"The database is unavailable; retry in a few seconds");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
				.body(problem);
		}
		log.error("Unexpected API error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side; it has been logged");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	private static ProblemDetail badRequest(List<ParameterError> errors) {
		String detail = errors.stream()
			.map(error -> error.parameter() + ": " + error.message())
			.reduce((a, b) -> a + "; " + b)
			.orElse("Invalid request");
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid request");
		problem.setProperties(Map.of("errors", errors));
		return problem;
	}

	private static String message(FieldError error) {
		if (error.contains(TypeMismatchException.class)) {
			TypeMismatchException mismatch = error.unwrap(TypeMismatchException.class);
			Class<?> type = mismatch.getRequiredType();
			String value = "\"" + error.getRejectedValue() + "\"";
			if (type != null && type.isEnum()) {
				return value + " is not one of " + Arrays.toString(type.getEnumConstants());
			}
			if (type != null && Number.class.isAssignableFrom(type)) {
				return value + " is not a number";
			}
			return value + " is not a valid value";
		}
		return String.valueOf(error.getDefaultMessage());
	}

}
