package org.lifeline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A transaction whose connection died under it fails twice: the statement or commit meets the lost server, then the
 * rollback meets the connection the pool has closed meanwhile. That is still the database being away (503), not
 * a fault of ours (500), as the cluster drill's leader kill showed.
 */
class DatabaseOutageTests {

	@Test
	void aRollbackThatFailedAfterTheServerWasLostIsAnOutage() {
		TransactionSystemException rollback = rollbackFailedAfter(
				new DataAccessResourceFailureException("FATAL: terminating connection due to unexpected postmaster exit"));

		assertThat(DatabaseOutage.is(rollback)).isTrue();
	}

	@Test
	void aRollbackThatFailedAfterACommitCutOffIsAnOutage() {
		// JdbcTransactionManager logs the commit failure and throws only the failed rollback
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));

		assertThat(DatabaseOutage.is(new IllegalStateException("writing the batch", rollback))).isTrue();
	}

	@Test
	void aTransactionThatCouldNotEndForAnotherReasonAfterBadDataIsNot() {
		TransactionSystemException ended = new TransactionSystemException("could not roll back",
				new IllegalStateException("no transaction"));
		ended.initApplicationException(new DataIntegrityViolationException("duplicate key"));

		assertThat(DatabaseOutage.is(ended)).isFalse();
	}

	private static TransactionSystemException rollbackFailedAfter(RuntimeException reason) {
		TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(reason);
		return rollback;
	}
}
