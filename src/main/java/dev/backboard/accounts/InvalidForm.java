package dev.backboard.accounts;

import java.util.Map;

/**
 * A form that cannot be accepted as filled in: messages by field name, to be shown next
 * to each field. Thrown before anything is written, or it rolls back what was.
 */
public class InvalidForm extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidForm(Map<String, String> errors) {
		super("Invalid fields: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public static InvalidForm of(String field, String message) {
		return new InvalidForm(Map.of(field, message));
	}

	public Map<String, String> errors() {
		return errors;
	}

}
