package dev.backboard.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.function.Supplier;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens bytes with AES-256-GCM. Every value is bound to a caller-chosen string
 * (its row, its account) through the associated data, so sealed bytes copied elsewhere do
 * not open.
 */
public final class SealingKey {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Supplier<SecretKey> key;

	SealingKey(Supplier<SecretKey> key) {
		this.key = key;
	}

	public Sealed seal(byte[] plain, String binding) {
		byte[] iv = new byte[IV_BYTES];
		RANDOM.nextBytes(iv);
		try {
			return new Sealed(cipher(Cipher.ENCRYPT_MODE, iv, binding).doFinal(plain), iv);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt", ex);
		}
	}

	/**
	 * @throws IllegalStateException for a wrong key, a wrong binding or tampered bytes
	 */
	public byte[] open(Sealed sealed, String binding) {
		try {
			return cipher(Cipher.DECRYPT_MODE, sealed.iv(), binding).doFinal(sealed.bytes());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt (wrong key or tampered value)", ex);
		}
	}

	private Cipher cipher(int mode, byte[] iv, String binding) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key.get(), new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(binding.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

	/**
	 * Sealed bytes with the IV they were sealed with.
	 */
	public record Sealed(byte[] bytes, byte[] iv) {

		/** IV and bytes in one array, for a single column. */
		public byte[] joined() {
			byte[] all = new byte[iv.length + bytes.length];
			System.arraycopy(iv, 0, all, 0, iv.length);
			System.arraycopy(bytes, 0, all, iv.length, bytes.length);
			return all;
		}

		public static Sealed split(byte[] joined) {
			byte[] iv = java.util.Arrays.copyOf(joined, IV_BYTES);
			byte[] bytes = java.util.Arrays.copyOfRange(joined, IV_BYTES, joined.length);
			return new Sealed(bytes, iv);
		}

	}

}
