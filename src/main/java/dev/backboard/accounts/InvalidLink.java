package dev.backboard.accounts;

/**
 * A link from a mail that no longer works: it expired, was used already, or never
 * existed. The three look the same to the person who clicked it.
 */
public class InvalidLink extends RuntimeException {

	public InvalidLink() {
		super("This link has expired or was already used");
	}

}
