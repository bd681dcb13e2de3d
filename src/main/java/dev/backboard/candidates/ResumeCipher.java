package dev.backboard.candidates;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
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
 * Encrypts résumés and their text at rest with AES-256-GCM. The key comes from
 * {@code backboard.candidates.resume-encryption-key}; without one, the first node to need
 * a key generates it and stores it in {@code candidate_key}, and every node reads that
 * same row. Only a configured key keeps a database dump useless on its own; the stored
 * one keeps files out of plain sight (backups of single tables, casual queries). Each
 * ciphertext is bound to its row through the associated data, so bytes copied onto
 * another row, or another account's row, do not decrypt.
 */
@Component
class ResumeCipher {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String KEY_NAME = "resume";

	private final SecureRandom random = new SecureRandom();

	private final CandidatesProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile @Nullable SecretKey key;

	ResumeCipher(CandidatesProperties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Bytes sealed with the IV they were sealed with. */
	record Sealed(byte[] bytes, byte[] iv) {
	}

	Sealed seal(byte[] plain, String binding) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			return new Sealed(cipher(Cipher.ENCRYPT_MODE, iv, binding).doFinal(plain), iv);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a résumé", ex);
		}
	}

	byte[] open(byte[] sealed, byte[] iv, String binding) {
		try {
			return cipher(Cipher.DECRYPT_MODE, iv, binding).doFinal(sealed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt a résumé (wrong key or tampered value)", ex);
		}
	}

	private Cipher cipher(int mode, byte[] iv, String binding) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key(), new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
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
		String configured = properties.resumeEncryptionKey();
		if (configured != null && !configured.isBlank()) {
			byte[] bytes;
			try {
				bytes = Base64.getDecoder().decode(configured.strip());
			}
			catch (IllegalArgumentException ex) {
				bytes = new byte[0];
			}
			if (bytes.length != 32) {
				throw new IllegalStateException(
						"backboard.candidates.resume-encryption-key must be 32 bytes in base64");
			}
			return bytes;
		}
		byte[] generated = new byte[32];
		random.nextBytes(generated);
		// Two nodes may race here: the first insert wins and both read the winner's key.
		jdbc.sql("insert into candidate_key (name, key_bytes, created_at) values (:name, :key, :now) "
				+ "on conflict do nothing")
			.param("name", KEY_NAME)
			.param("key", generated)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql("select key_bytes from candidate_key where name = :name")
			.param("name", KEY_NAME)
			.query(byte[].class)
			.single();
	}

}
