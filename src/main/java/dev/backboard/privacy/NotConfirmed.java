package dev.backboard.privacy;

import java.util.Map;

/**
 * The person did not confirm who they are or what they want; the errors are keyed by form
 * field.
 */
public class NotConfirmed extends RuntimeException {

	private final Map<String, String> errors;

	NotConfirmed(Map<String, String> errors) {
		super("Not confirmed: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
