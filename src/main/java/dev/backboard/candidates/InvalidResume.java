package dev.backboard.candidates;

/**
 * A résumé that was not stored, with a message for the person who uploaded it.
 */
public class InvalidResume extends RuntimeException {

	private final boolean tooLarge;

	InvalidResume(String message) {
		this(message, false);
	}

	InvalidResume(String message, boolean tooLarge) {
		super(message);
		this.tooLarge = tooLarge;
	}

	/** The file was over the size limit (answered with 413). */
	public boolean tooLarge() {
		return tooLarge;
	}

}
