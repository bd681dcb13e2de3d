package dev.backboard.accounts;

import java.util.regex.Pattern;

/**
 * A plausibility check of typed addresses; the confirmation mail is the real one.
 */
final class Emails {

	private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

	private Emails() {
	}

	static boolean isPlausible(String email) {
		String normalized = UserAccount.normalize(email);
		return normalized.length() <= 254 && SHAPE.matcher(normalized).matches();
	}

}
