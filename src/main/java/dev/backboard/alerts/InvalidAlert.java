package dev.backboard.alerts;

/**
 * A saved search that cannot be saved as given, with the field to fix.
 */
public class InvalidAlert extends RuntimeException {

	private final String field;

	public InvalidAlert(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
