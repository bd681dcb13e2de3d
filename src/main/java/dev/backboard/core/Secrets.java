package dev.backboard.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for links and API tokens, and the SHA-256 hashes that are all the
 * database keeps of them (a copy of the database opens nothing). The secrets carry 256
 * random bits, so a fast hash is enough: there is nothing to guess.
 */
public final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** 32 random bytes, base64url without padding. */
	public static String random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The hex SHA-256 of the text's UTF-8 bytes. */
	public static String sha256(String secret) {
		return sha256(secret.getBytes(StandardCharsets.UTF_8));
	}

	/** The hex SHA-256 of the bytes. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
