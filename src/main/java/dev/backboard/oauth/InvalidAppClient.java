package dev.backboard.oauth;

import java.util.Map;

/** What is wrong with an app's registration, by field, e.g. {@code redirectUris}. */
public class InvalidAppClient extends RuntimeException {

	private final Map<String, String> errors;

	InvalidAppClient(Map<String, String> errors) {
		super("Invalid app: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	public Map<String, String> errors() {
		return errors;
	}

}
