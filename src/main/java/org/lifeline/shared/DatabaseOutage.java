package org.lifeline.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure of the database itself (unreachable, stopped, frozen, failed over, read-only after a failover)
 * from a failure of the data. Such a failure answers 503 with Retry-After, never 500, and a transaction that met it
 * before its commit changed nothing and may be run again.
 */
public final class DatabaseOutage {

	/** Admin or crash shutdown, cannot connect now, too many connections, read-only transaction (a standby). */
	private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "25006");

	private DatabaseOutage() {
	}

	/**
	 * Whether the failure, or one of its causes, says the database is not there to write to. A commit or rollback
	 * the connection itself could not carry out counts too: after a cut-off commit the transaction manager reports
	 * only that the rollback failed, on the connection the pool has closed meanwhile; a rollback after another
	 * failure counts by that failure.
	 */
	public static boolean is(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransactionSystemException ended && (ended.getCause() instanceof SQLException
					|| ended.getApplicationException() != null && is(ended.getApplicationException()))) {
				return true;
			}
			if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
					|| t instanceof SQLRecoverableException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}
}
