package dev.backboard.applications;

import java.util.Map;

/**
 * Input that cannot be saved, with a message per form field; nothing was written.
 */
public class InvalidInput extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidInput(Map<String, String> errors) {
		super("Invalid input: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	/** Messages by form field. */
	public Map<String, String> errors() {
		return errors;
	}

}
