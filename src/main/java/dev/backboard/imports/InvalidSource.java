package dev.backboard.imports;

import java.util.Map;

/**
 * A source's settings break a rule; each entry names a field and what is wrong with it.
 */
public class InvalidSource extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidSource(Map<String, String> fieldErrors) {
		super("Invalid import source: " + fieldErrors);
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}
