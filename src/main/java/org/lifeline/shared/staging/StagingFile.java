package org.lifeline.shared.staging;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows collected in a temporary file in PostgreSQL's COPY text format and then loaded with one
 * {@code COPY … FROM STDIN} on the connection of the current transaction: how bulk arrivals reach a staging table.
 * Values may be text, numbers, dates or collections (written as arrays); null is SQL null. Closing deletes the file.
 */
public final class StagingFile implements AutoCloseable {

	private final Path path;

	private final BufferedWriter writer;

	private long rows;

	private StagingFile(Path path) throws IOException {
		this.path = path;
		this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
	}

	public static StagingFile create() {
		try {
			return new StagingFile(Files.createTempFile("lifeline-staging-", ".copy"));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void row(Object... values) {
		try {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					writer.write('\t');
				}
				writer.write(field(values[i]));
			}
			writer.write('\n');
			rows++;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public long rows() {
		return rows;
	}

	/** Loads the rows with the given {@code COPY table (columns) FROM STDIN} statement; answers the rows copied. */
	public long copy(DataSource dataSource, String copyStatement) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (InputStream in = Files.newInputStream(flushed())) {
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copyStatement, in);
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into the staging table failed: " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private Path flushed() throws IOException {
		writer.flush();
		return path;
	}

	private static String field(Object value) {
		if (value == null) {
			return "\\N";
		}
		String text = value instanceof Collection<?> items ? arrayLiteral(items) : value.toString();
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String arrayLiteral(Collection<?> items) {
		return items.stream()
			.map(item -> "\"" + item.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
			.collect(Collectors.joining(",", "{", "}"));
	}

	@Override
	public void close() {
		try {
			writer.close();
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			path.toFile().deleteOnExit();
		}
	}
}
