package org.lifeline.demo;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows in PostgreSQL's COPY text format, buffered and streamed to the server as they are written. Values written
 * here never hold tabs, newlines or backslashes, so they go out unescaped.
 */
final class CopyStream implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 18;

	private final CopyIn copy;

	private byte[] buffer = new byte[FLUSH_AT + 4096];

	private int length;

	private boolean rowStarted;

	private long rows;

	private CopyStream(CopyIn copy) {
		this.copy = copy;
	}

	/** Starts {@code copy table (columns) from stdin}. */
	static CopyStream into(CopyManager copyManager, String table, String columns) throws SQLException {
		return new CopyStream(copyManager.copyIn("copy " + table + " (" + columns + ") from stdin"));
	}

	CopyStream text(String value) {
		if (value == null) {
			return nul();
		}
		separate();
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		ensure(bytes.length);
		System.arraycopy(bytes, 0, buffer, length, bytes.length);
		length += bytes.length;
		return this;
	}

	CopyStream number(long value) {
		separate();
		ensure(20);
		if (value < 0) {
			buffer[length++] = '-';
			value = -value;
		}
		int start = length;
		do {
			buffer[length++] = (byte) ('0' + value % 10);
			value /= 10;
		}
		while (value > 0);
		reverse(start, length - 1);
		return this;
	}

	CopyStream id(Long value) {
		return value == null ? nul() : number(value);
	}

	CopyStream decimal(double value) {
		return text(Double.toString(Math.round(value * 1_000_000d) / 1_000_000d));
	}

	CopyStream date(LocalDate value) {
		if (value == null) {
			return nul();
		}
		separate();
		ensure(10);
		digits(value.getYear(), 4);
		buffer[length++] = '-';
		digits(value.getMonthValue(), 2);
		buffer[length++] = '-';
		digits(value.getDayOfMonth(), 2);
		return this;
	}

	/** A text[] literal; the elements are plain words without quotes, commas or braces. */
	CopyStream array(List<String> values) {
		StringBuilder literal = new StringBuilder(2 + values.size() * 16).append('{');
		for (int i = 0; i < values.size(); i++) {
			literal.append(i == 0 ? "" : ",").append(values.get(i));
		}
		return text(literal.append('}').toString());
	}

	CopyStream nul() {
		separate();
		ensure(2);
		buffer[length++] = '\\';
		buffer[length++] = 'N';
		return this;
	}

	/** Ends the current row. */
	void end() throws SQLException {
		ensure(1);
		buffer[length++] = '\n';
		rowStarted = false;
		rows++;
		if (length >= FLUSH_AT) {
			flush();
		}
	}

	long rows() {
		return rows;
	}

	/** Sends what is left and ends the COPY; returns the rows the server took. */
	long finish() throws SQLException {
		flush();
		return copy.endCopy();
	}

	@Override
	public void close() throws SQLException {
		if (copy.isActive()) {
			copy.cancelCopy();
		}
	}

	private void flush() throws SQLException {
		if (length > 0) {
			copy.writeToCopy(buffer, 0, length);
			length = 0;
		}
	}

	private void separate() {
		if (rowStarted) {
			ensure(1);
			buffer[length++] = '\t';
		}
		rowStarted = true;
	}

	private void digits(int value, int width) {
		for (int i = width - 1; i >= 0; i--) {
			buffer[length + i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		length += width;
	}

	private void reverse(int from, int to) {
		while (from < to) {
			byte swap = buffer[from];
			buffer[from++] = buffer[to];
			buffer[to--] = swap;
		}
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}
}
