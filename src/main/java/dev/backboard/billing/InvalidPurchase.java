package dev.backboard.billing;

import java.util.Map;

/**
 * A purchase that cannot start, with the field at fault and why (a 400 naming it).
 */
public class InvalidPurchase extends RuntimeException {

	private final Map<String, String> fieldErrors;

	public InvalidPurchase(String field, String message) {
		super(field + ": " + message);
		this.fieldErrors = Map.of(field, message);
	}

	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}

}
