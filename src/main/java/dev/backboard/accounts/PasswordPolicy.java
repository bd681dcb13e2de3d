package dev.backboard.accounts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: 8 to 128 characters of any kind (spaces and any script
 * welcome), not one of the 100,000 most common passwords, and not the account's email.
 * Length and a breach list beat composition rules (NIST SP 800-63B).
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		// Shorter ones are refused by length already, so they need no memory here.
		this.common = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords)
			.keySet()
			.stream()
			.filter(word -> word.length() >= MIN_LENGTH)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @return why the password is refused, in words for the person typing it, or empty
	 * when it is fine
	 */
	public Optional<String> problem(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("Use at least " + MIN_LENGTH + " characters.");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("Use at most " + MAX_LENGTH + " characters.");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return Optional.of("This password is one of the most common ones, so it is guessed first. Choose another.");
		}
		String normalizedEmail = UserAccount.normalize(email);
		if (!normalizedEmail.isEmpty() && lower.contains(normalizedEmail)) {
			return Optional.of("Do not use your email address in your password.");
		}
		return Optional.empty();
	}

}
