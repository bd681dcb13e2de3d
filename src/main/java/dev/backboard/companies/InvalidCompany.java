package dev.backboard.companies;

import java.util.Map;

/**
 * What is wrong with a company form, by field, e.g. {@code website} → "must start with
 * http:// or https://".
 */
public class InvalidCompany extends RuntimeException {

	private final Map<String, String> fieldErrors;

	private final boolean tooLarge;

	InvalidCompany(Map<String, String> fieldErrors, boolean tooLarge) {
		super("Invalid company: " + fieldErrors.keySet());
		this.fieldErrors = Map.copyOf(fieldErrors);
		this.tooLarge = tooLarge;
	}

	static InvalidCompany field(String field, String message) {
		return new InvalidCompany(Map.of(field, message), false);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

	/** Whether the upload was over the size limit, which pages answer with 413. */
	public boolean tooLarge() {
		return tooLarge;
	}

}
