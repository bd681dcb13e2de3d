package dev.backboard.core.copy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's COPY text format, written straight as UTF-8 bytes: tab between
 * columns, newline after a row, {@code \N} for null, and backslash, tab, newline and
 * carriage return escaped inside values so that any text arrives unchanged. Escaping
 * works on the encoded bytes, which is safe because UTF-8 never uses ASCII bytes inside a
 * multi-byte character.
 */
public final class CopyWriter {

	private static final byte[] NULL = { '\\', 'N' };

	private byte[] bytes;

	private int size;

	private boolean rowStarted;

	public CopyWriter(int expectedBytes) {
		this.bytes = new byte[Math.max(expectedBytes, 64)];
	}

	public CopyWriter text(@Nullable String value) {
		separate();
		if (value == null) {
			write(NULL, 0, NULL.length);
		}
		else {
			escape(value.getBytes(StandardCharsets.UTF_8));
		}
		return this;
	}

	public CopyWriter number(long value) {
		separate();
		String digits = Long.toString(value);
		ensure(digits.length());
		for (int i = 0; i < digits.length(); i++) {
			bytes[size++] = (byte) digits.charAt(i);
		}
		return this;
	}

	public CopyWriter number(@Nullable Integer value) {
		return (value == null) ? text(null) : number(value.longValue());
	}

	public CopyWriter decimal(@Nullable BigDecimal value) {
		return text(value == null ? null : value.toPlainString());
	}

	public CopyWriter decimal(@Nullable Double value) {
		return text(value == null ? null : value.toString());
	}

	public CopyWriter bool(boolean value) {
		separate();
		ensure(1);
		bytes[size++] = (byte) (value ? 't' : 'f');
		return this;
	}

	public CopyWriter instant(Instant value) {
		return text(value.toString());
	}

	/** A one-dimensional text array, every element quoted: {@code {"DE","NL"}}. */
	public CopyWriter array(List<String> values) {
		StringBuilder literal = new StringBuilder(2 + values.size() * 6).append('{');
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return text(literal.append('}').toString());
	}

	public void endRow() {
		ensure(1);
		bytes[size++] = '\n';
		rowStarted = false;
	}

	public byte[] toByteArray() {
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

	/**
	 * Sends the rows with {@code COPY ... FROM STDIN} on the connection (in its
	 * transaction, if one is open): far less work on both sides than an insert of as many
	 * rows.
	 * @param target the table and its columns, in the rows' order, e.g.
	 * {@code company (id, slug)}
	 * @return how many rows were copied
	 */
	public long copyTo(Connection connection, String target) throws SQLException {
		return copy(connection, target, bytes, size);
	}

	/** Sends rows written earlier ({@link #toByteArray()}) as {@link #copyTo} does. */
	public static long copy(Connection connection, String target, byte[] rows, int length) throws SQLException {
		if (length == 0) {
			return 0;
		}
		try {
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY " + target + " FROM STDIN", new ByteArrayInputStream(rows, 0, length), 1 << 16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
