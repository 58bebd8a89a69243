package org.lifeline.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a table's secondary indexes, unique constraints and foreign keys aside for a bulk load into the empty table,
 * and puts them back afterwards, built in one sort each instead of row by row. The definitions are read from the
 * database catalogue just before they are dropped, so the schema's migrations stay the one place that defines
 * them, and names and definitions come back exactly as they were. Runs inside the load's transaction: if the load
 * fails, the rollback restores them too.
 */
final class IndexSuspension {

	private static final String INDEXES = """
			select c.relname, pg_get_indexdef(i.indexrelid)
			from pg_index i join pg_class c on c.oid = i.indexrelid
			where i.indrelid = ?::regclass and not i.indisprimary
			  and not exists (select 1 from pg_constraint k where k.conrelid = i.indrelid and k.conindid = i.indexrelid)
			order by c.relname""";

	private static final String CONSTRAINTS = """
			select conname, pg_get_constraintdef(oid) from pg_constraint
			where conrelid = ?::regclass and contype in ('u', 'f')
			order by contype desc, conname""";

	private final String table;

	private final List<String[]> indexes;

	private final List<String[]> constraints;

	private IndexSuspension(String table, List<String[]> indexes, List<String[]> constraints) {
		this.table = table;
		this.indexes = indexes;
		this.constraints = constraints;
	}

	/** Reads and drops the table's secondary indexes and its unique and foreign-key constraints. */
	static IndexSuspension suspend(Connection connection, String table) throws SQLException {
		IndexSuspension suspension = new IndexSuspension(table, read(connection, INDEXES, table),
				read(connection, CONSTRAINTS, table));
		try (Statement statement = connection.createStatement()) {
			for (String[] constraint : suspension.constraints) {
				statement.execute("alter table " + table + " drop constraint " + quote(constraint[0]));
			}
			for (String[] index : suspension.indexes) {
				statement.execute("drop index " + quote(index[0]));
			}
		}
		return suspension;
	}

	/** Builds everything back: unique constraints first, then indexes, then foreign keys. */
	void restore(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String[] constraint : constraints) {
				if (!constraint[1].startsWith("FOREIGN KEY")) {
					addConstraint(statement, constraint);
				}
			}
			for (String[] index : indexes) {
				statement.execute(index[1]);
			}
			for (String[] constraint : constraints) {
				if (constraint[1].startsWith("FOREIGN KEY")) {
					addConstraint(statement, constraint);
				}
			}
		}
	}

	int count() {
		return indexes.size() + constraints.size();
	}

	private void addConstraint(Statement statement, String[] constraint) throws SQLException {
		statement.execute("alter table " + table + " add constraint " + quote(constraint[0]) + " " + constraint[1]);
	}

	private static List<String[]> read(Connection connection, String sql, String table) throws SQLException {
		List<String[]> out = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					out.add(new String[] { rows.getString(1), rows.getString(2) });
				}
			}
		}
		return out;
	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}
}
