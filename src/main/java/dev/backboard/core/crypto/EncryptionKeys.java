package dev.backboard.core.crypto;

import java.sql.Timestamp;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out the keys that encrypt data at rest. A key comes from configuration when it is
 * set (then a database dump alone reveals nothing); otherwise the first node that needs
 * it generates one and stores it in {@code encryption_key}, and every node reads that row
 * (which keeps data out of plain sight, in logs and casual queries, but not from whoever
 * holds the whole database).
 */
@Component
public class EncryptionKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	EncryptionKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The key of that name, loaded on first use.
	 * @param name the key's name in the table, e.g. "totp"
	 * @param configured the base64 key from configuration, if any
	 * @param property the property that configures it, named in errors
	 */
	public SealingKey named(String name, @Nullable String configured, String property) {
		return new SealingKey(new Memoized(() -> new SecretKeySpec(bytes(name, configured, property), "AES")));
	}

	private byte[] bytes(String name, @Nullable String configured, String property) {
		if (configured != null && !configured.isBlank()) {
			byte[] bytes;
			try {
				bytes = Base64.getDecoder().decode(configured.strip());
			}
			catch (IllegalArgumentException ex) {
				bytes = new byte[0];
			}
			if (bytes.length != 32) {
				throw new IllegalStateException(property + " must be 32 bytes in base64");
			}
			return bytes;
		}
		byte[] generated = new byte[32];
		RANDOM.nextBytes(generated);
		// Two nodes may race here: the first insert wins and both read the winner's key.
		jdbc.sql("insert into encryption_key (name, key_bytes, created_at) values (:name, :key, :now) "
				+ "on conflict do nothing")
			.param("name", name)
			.param("key", generated)
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return jdbc.sql("select key_bytes from encryption_key where name = :name")
			.param("name", name)
			.query(byte[].class)
			.single();
	}

	private static final class Memoized implements java.util.function.Supplier<SecretKey> {

		private final java.util.function.Supplier<SecretKey> loader;

		private volatile @Nullable SecretKey key;

		Memoized(java.util.function.Supplier<SecretKey> loader) {
			this.loader = loader;
		}

		@Override
		public SecretKey get() {
			SecretKey current = key;
			if (current == null) {
				current = loader.get();
				key = current;
			}
			return current;
		}

	}

}
