package dev.backboard.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM. The key comes from
 * {@code backboard.accounts.totp-encryption-key}; without one, the first node to need a
 * key generates it and stores it in {@code account_key}, and every node reads that same
 * row. A configured key keeps database dumps useless on their own; the stored one only
 * keeps secrets out of plain sight (logs, casual queries). Each ciphertext is bound to
 * its account, so a secret copied onto another account does not decrypt.
 */
@Component
class SecretCipher {

	private static final String PREFIX = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final AccountsProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable SecretKey key;

	SecretCipher(AccountsProperties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String encrypt(String plain, long accountId) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, accountId);
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return PREFIX + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a secret", ex);
		}
	}

	String decrypt(String stored, long accountId) {
		if (!stored.startsWith(PREFIX)) {
			throw new IllegalStateException("Unknown secret format");
		}
		byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
		try {
			Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(all, IV_BYTES), accountId);
			return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt a secret (wrong key or tampered value)", ex);
		}
	}

	private Cipher cipher(int mode, byte[] iv, long accountId) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(("totp:" + accountId).getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	private SecretKey key() {
		SecretKey current = key;
		if (current == null) {
			current = new SecretKeySpec(loadKey(), "AES");
			key = current;
		}
		return current;
	}

	private byte[] loadKey() {
		String configured = properties.totpEncryptionKey();
		if (configured != null && !configured.isBlank()) {
			byte[] bytes = Base64.getDecoder().decode(configured.strip());
			if (bytes.length != 32) {
				throw new IllegalStateException("backboard.accounts.totp-encryption-key must be 32 bytes in base64");
			}
			return bytes;
		}
		byte[] generated = new byte[32];
		random.nextBytes(generated);
		// Two nodes may race here: the first insert wins and both read the winner's key.
		jdbc.sql("insert into account_key (name, key_bytes, created_at) values ('totp', ?, ?) on conflict do nothing")
			.params(generated, java.sql.Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql("select key_bytes from account_key where name = 'totp'").query(byte[].class).single();
	}

}
