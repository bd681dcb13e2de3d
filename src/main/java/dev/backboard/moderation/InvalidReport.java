package dev.backboard.moderation;

/**
 * A report breaks a rule: its details are too long.
 */
public class InvalidReport extends RuntimeException {

	public InvalidReport(String message) {
		super(message);
	}

}
