package dev.backboard.core.privacy;

/**
 * A module cannot erase the person's data yet, e.g. because they are the last owner of a
 * company. Thrown from {@link PersonalData#erase(long)}: the erasure is rolled back and
 * the message is shown to the person, so it says what to do first.
 */
public class ErasureRefused extends RuntimeException {

	public ErasureRefused(String message) {
		super(message);
	}

}
