package dev.backboard.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Rows in PostgreSQL's COPY text format, written straight as UTF-8 bytes: tab between
 * columns, newline after a row, {@code \N} for null, and backslash, tab, newline and
 * carriage return escaped inside values so that any text arrives unchanged. Escaping
 * works on the encoded bytes, which is safe because UTF-8 never uses ASCII bytes inside a
 * multi-byte character.
 */
final class CopyWriter {

	private static final byte[] NULL = { '\\', 'N' };

	private byte[] bytes;

	private int size;

	private boolean rowStarted;

	CopyWriter(int expectedBytes) {
		this.bytes = new byte[Math.max(expectedBytes, 64)];
	}

	CopyWriter text(@Nullable String value) {
		separate();
		if (value == null) {
			write(NULL, 0, NULL.length);
		}
		else {
			escape(value.getBytes(StandardCharsets.UTF_8));
		}
		return this;
	}

	CopyWriter number(long value) {
		separate();
		String digits = Long.toString(value);
		ensure(digits.length());
		for (int i = 0; i < digits.length(); i++) {
			bytes[size++] = (byte) digits.charAt(i);
		}
		return this;
	}

	CopyWriter number(@Nullable Integer value) {
		return (value == null) ? text(null) : number(value.longValue());
	}

	CopyWriter decimal(@Nullable BigDecimal value) {
		return text(value == null ? null : value.toPlainString());
	}

	CopyWriter decimal(@Nullable Double value) {
		return text(value == null ? null : value.toString());
	}

	CopyWriter bool(boolean value) {
		separate();
		ensure(1);
		bytes[size++] = (byte) (value ? 't' : 'f');
		return this;
	}

	CopyWriter instant(Instant value) {
		return text(value.toString());
	}

	/** A one-dimensional text array, every element quoted: {@code {"DE","NL"}}. */
	CopyWriter array(List<String> values) {
		StringBuilder literal = new StringBuilder(2 + values.size() * 6).append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return text(literal.append('}').toString());
	}

	void endRow() {
		ensure(1);
		bytes[size++] = '\n';
		rowStarted = false;
	}

	byte[] toByteArray() {
		return Arrays.copyOf(bytes, size);
	}

	private void separate() {
		if (rowStarted) {
			ensure(1);
			bytes[size++] = '\t';
		}
		rowStarted = true;
	}

	/**
	 * Copies the runs between special characters in one go: descriptions have many lines.
	 */
	private void escape(byte[] value) {
		int from = 0;
		for (int i = 0; i < value.length; i++) {
			byte escaped = switch (value[i]) {
				case '\\' -> '\\';
				case '\n' -> 'n';
				case '\r' -> 'r';
				case '\t' -> 't';
				default -> 0;
			};
			if (escaped != 0) {
				write(value, from, i - from);
				ensure(2);
				bytes[size++] = '\\';
				bytes[size++] = escaped;
				from = i + 1;
			}
		}
		write(value, from, value.length - from);
	}

	private void write(byte[] source, int offset, int length) {
		ensure(length);
		System.arraycopy(source, offset, bytes, size, length);
		size += length;
	}

	private void ensure(int more) {
		if (size + more > bytes.length) {
			bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
		}
	}

}
