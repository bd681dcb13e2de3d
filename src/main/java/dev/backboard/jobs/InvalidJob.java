package dev.backboard.jobs;

import java.util.Map;

/**
 * A job's details break a rule; each entry names a field and what is wrong with it.
 */
public class InvalidJob extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidJob(Map<String, String> fieldErrors) {
		super("Invalid job: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}
