package dev.backboard.webhooks.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signing after the Standard Webhooks specification: HMAC-SHA256 over
 * {@code id.timestamp.body} with the base64-decoded part of a {@code whsec_} secret,
 * written {@code v1,<base64>}.
 */
public final class Signatures {

	static final String PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Signatures() {
	}

	/** A new secret: 32 random bytes, base64, after {@code whsec_}. */
	public static String newSecret() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/** A new message id, the same on every attempt to deliver the message. */
	public static String newMessageId() {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		return "msg_" + HexFormat.of().formatHex(id);
	}

	/** One signature, {@code v1,<base64>}. */
	public static String sign(String secret, String messageId, long timestamp, String body) {
		if (!secret.startsWith(PREFIX)) {
			throw new IllegalArgumentException("A signing secret starts with " + PREFIX);
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
			byte[] signed = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
