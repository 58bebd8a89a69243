package org.lifeline.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Asks the database every second, on a connection of its own outside the pool, whether it is there and takes
 * writes. A stopped, frozen or failed-over server is seen within about two seconds whatever the pool is doing;
 * the guard then answers callers 503 at once and health tells the load balancer, until a probe finds a writable
 * server again.
 */
final class DatabaseWatch implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

	/** What the last probe found. */
	enum Status {
		/** No probe answered yet (starting). */
		UNKNOWN,
		/** A primary that takes writes. */
		WRITABLE,
		/** A server that answers but only reads (a standby, or a primary demoted in a failover). */
		READ_ONLY,
		/** No answer within the timeout: stopped, frozen, or the network is gone. */
		UNREACHABLE
	}

	/** The last probe's finding, since when it holds, and why. */
	record State(Status status, Instant since, String reason) {

		boolean writable() {
			return status == Status.WRITABLE || status == Status.UNKNOWN;
		}
	}

	private final String url;

	private final Properties connectionProperties = new Properties();

	private final Duration interval;

	private final Clock clock = Clock.systemUTC();

	private volatile State state = new State(Status.UNKNOWN, Instant.now(), "not asked yet");

	private volatile boolean running;

	private Thread thread;

	private Connection connection;

	DatabaseWatch(String url, String user, String password, Duration interval) {
		this.url = url;
		this.interval = interval;
		int timeoutSeconds = (int) Math.max(1, interval.toSeconds() * 2);
		connectionProperties.setProperty("user", user);
		if (password != null) {
			connectionProperties.setProperty("password", password);
		}
		connectionProperties.setProperty("connectTimeout", Integer.toString(timeoutSeconds));
		connectionProperties.setProperty("loginTimeout", Integer.toString(timeoutSeconds));
		connectionProperties.setProperty("socketTimeout", Integer.toString(timeoutSeconds));
		connectionProperties.setProperty("ApplicationName", "lifeline-database-watch");
	}

	State state() {
		return state;
	}

	/** Asks the database once now and records what it answered. */
	State probe() {
		Status found;
		String reason;
		try {
			found = ask() ? Status.WRITABLE : Status.READ_ONLY;
			reason = found == Status.WRITABLE ? "primary" : "the server only reads (standby or demoted)";
		}
		catch (SQLException e) {
			closeConnection();
			found = Status.UNREACHABLE;
			reason = String.valueOf(e.getMessage());
		}
		State previous = state;
		if (previous.status() != found) {
			state = new State(found, clock.instant(), reason);
			if (found == Status.WRITABLE) {
				log.info("Database writable again (was {} since {})", previous.status(), previous.since());
			}
			else {
				log.warn("Database {}: {}", found, reason);
			}
		}
		return state;
	}

	private boolean ask() throws SQLException {
		if (connection == null) {
			connection = DriverManager.getConnection(url, connectionProperties);
		}
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery(
						"select not pg_is_in_recovery() and current_setting('default_transaction_read_only') = 'off'")) {
			row.next();
			return row.getBoolean(1);
		}
	}

	private void closeConnection() {
		if (connection != null) {
			try {
				connection.abort(Runnable::run);
			}
			catch (SQLException | RuntimeException e) {
				log.debug("Closing the watch's connection failed", e);
			}
			connection = null;
		}
	}

	@Override
	public synchronized void start() {
		running = true;
		thread = new Thread(this::watch, "database-watch");
		thread.setDaemon(true);
		thread.start();
	}

	private void watch() {
		while (running) {
			probe();
			try {
				Thread.sleep(interval.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		closeConnection();
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before the web server takes requests and stops after it. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}
}
