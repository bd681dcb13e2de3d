package dev.backboard.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.backboard.core.crypto.EncryptionKeys;
import dev.backboard.core.crypto.SealingKey;

import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest (AES-256-GCM, key
 * {@code backboard.accounts.totp-encryption-key} or a generated one every node shares).
 * Each ciphertext is bound to its account, so a secret copied onto another account does
 * not decrypt.
 */
@Component
class SecretCipher {

	private static final String PREFIX = "v1:";

	private final SealingKey key;

	SecretCipher(EncryptionKeys keys, AccountsProperties properties) {
		this.key = keys.named("totp", properties.totpEncryptionKey(), "backboard.accounts.totp-encryption-key");
	}

	String encrypt(String plain, long accountId) {
		SealingKey.Sealed sealed = key.seal(plain.getBytes(StandardCharsets.UTF_8), binding(accountId));
		return PREFIX + Base64.getEncoder().encodeToString(sealed.joined());
	}

	String decrypt(String stored, long accountId) {
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Unknown secret format");
		}
		byte[] joined = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		return new String(key.open(SealingKey.Sealed.split(joined), binding(accountId)), StandardCharsets.UTF_8);
	}

	private static String binding(long accountId) {
		return "totp:" + accountId;
	}

}
