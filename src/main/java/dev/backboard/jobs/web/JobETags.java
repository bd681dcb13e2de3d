package dev.backboard.jobs.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.Job;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A job's ETag changes with every write (it is its row's version), so a client that sends
 * the one it read with {@code If-Match} cannot overwrite a change it has not seen.
 */
final class JobETags {

	private JobETags() {
	}

	static String of(Job job) {
		return "\"" + job.getId() + "-" + job.getVersion() + "\"";
	}

	/**
	 * @throws ErrorResponseException 428 without If-Match, 412 when none of its tags is
	 * the job's current one
	 */
	static void requireMatch(@Nullable String ifMatch, Job job) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
					"Send If-Match with the job's ETag (from GET /api/v1/company/jobs/{id}) to change it.");
		}
		String current = of(job);
		// Strong comparison (RFC 9110): a weak tag never matches.
		boolean matches = Arrays.stream(ifMatch.split(","))
			.map(String::strip)
			.anyMatch(tag -> tag.equals("*") || tag.equals(current));
		if (!matches) {
			throw stale();
		}
	}

	static ErrorResponseException stale() {
		return problem(HttpStatus.PRECONDITION_FAILED, "Job changed",
				"The job has changed since that ETag was read; GET it again and apply your change to it.");
	}

	static ErrorResponseException problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return new ErrorResponseException(status, problem, null);
	}

}
