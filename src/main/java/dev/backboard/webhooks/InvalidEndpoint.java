package dev.backboard.webhooks;

import java.util.Map;

/**
 * An endpoint's input that cannot be saved, with a message per field.
 */
public class InvalidEndpoint extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidEndpoint(Map<String, String> fieldErrors) {
		super(fieldErrors.toString());
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}
