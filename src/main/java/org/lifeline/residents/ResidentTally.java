package org.lifeline.residents;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The per-compound resident count behind {@code compound_resident_count} around a bulk load of residents on one
 * connection inside the loader's transaction: {@link #suspend} before copying, so the copy keeps no per-statement
 * tally, and {@link #resume} after it, which recounts every compound once. Every other write keeps the count
 * current by itself.
 */
public final class ResidentTally {

	private ResidentTally() {
	}

	public static void suspend(Connection connection) throws SQLException {
		execute(connection, "select resident_tally_suspend()");
	}

	public static void resume(Connection connection) throws SQLException {
		execute(connection, "select resident_tally_resume()");
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
