package dev.backboard.candidates;

import java.util.Map;

/**
 * A profile that was not saved, with a message for each field that needs fixing.
 */
public class InvalidProfile extends RuntimeException {

	private final Map<String, String> errors;

	InvalidProfile(Map<String, String> errors) {
		super("Invalid profile: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	/** Field name (as in {@link ProfileInput}) to message. */
	public Map<String, String> errors() {
		return errors;
	}

}
