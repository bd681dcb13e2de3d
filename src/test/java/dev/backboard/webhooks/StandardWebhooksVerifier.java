package dev.backboard.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receiving side of the Standard Webhooks specification, written from the
 * specification for the tests: the signed content is {@code id.timestamp.body}, the key
 * is the base64 part of the {@code whsec_} secret, the header holds space-separated
 * {@code v1,<base64 HMAC-SHA256>} signatures of which one must match, and the timestamp
 * must be within five minutes.
 */
final class StandardWebhooksVerifier {

	private StandardWebhooksVerifier() {
	}

	static boolean verifies(String secret, Receiver.Request request, Instant now) {
		String id = request.header("webhook-id");
		String timestamp = request.header("webhook-timestamp");
		String header = request.header("webhook-signature");
		if (id == null || timestamp == null || header == null) {
			return false;
		}
		if (Math.abs(now.getEpochSecond() - Long.parseLong(timestamp)) > 300) {
			return false;
		}
		byte[] expected = hmac(secret, id + "." + timestamp + "." + request.body());
		for (String signature : header.split(" ")) {
			String[] parts = signature.split(",", 2);
			if (parts.length == 2 && parts[0].equals("v1")
					&& MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
				return true;
			}
		}
		return false;
	}

	private static byte[] hmac(String secret, String content) {
		try {
			byte[] key = Base64.getDecoder().decode(secret.substring(secret.indexOf('_') + 1));
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
