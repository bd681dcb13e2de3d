package dev.backboard.companies;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An uploaded logo whose type was read from its first bytes: what a file calls itself
 * (its name, its declared type) is never trusted.
 *
 * @param contentType the type the bytes are, served back as is
 * @param bytes the image
 */
public record Logo(String contentType, byte[] bytes) {

	/** The largest logo accepted, in bytes. */
	public static final int MAX_BYTES = 512 * 1024;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] RIFF = { 'R', 'I', 'F', 'F' };

	private static final byte[] WEBP = { 'W', 'E', 'B', 'P' };

	/** A PNG, JPEG or WebP image, or nothing if the bytes are none of these. */
	public static Optional<Logo> detect(byte @Nullable [] bytes) {
		if (bytes == null) {
			return Optional.empty();
		}
		if (startsWith(bytes, 0, PNG)) {
			return Optional.of(new Logo("image/png", bytes));
		}
		if (startsWith(bytes, 0, JPEG)) {
			return Optional.of(new Logo("image/jpeg", bytes));
		}
		if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP)) {
			return Optional.of(new Logo("image/webp", bytes));
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] magic) {
		return bytes.length >= offset + magic.length
				&& Arrays.equals(bytes, offset, offset + magic.length, magic, 0, magic.length);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Logo logo && logo.contentType.equals(contentType) && Arrays.equals(logo.bytes, bytes);
	}

	@Override
	public int hashCode() {
		return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "Logo[" + contentType + ", " + bytes.length + " bytes]";
	}

}
