package org.lifeline.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where Lifeline keeps its data. Bound from {@code LIFELINE_DB_URL}, {@code LIFELINE_DB_USER},
 * {@code LIFELINE_DB_PASSWORD} and {@code LIFELINE_DATA_DIR}.
 *
 * @param url JDBC URL of an external PostgreSQL; empty to start the embedded one
 * @param user user of the external server
 * @param password password of the external server
 * @param dataDir folder that holds the embedded server's data
 * @param poolSize connections in the pool
 * @param embeddedThrowaway start the embedded server in a fresh temporary folder (tests)
 * @param statementTimeout longest a statement may run before the server cancels it (0: no limit)
 * @param connectionTimeout longest a caller waits for a pooled connection before it is answered 503
 * @param watchInterval how often the watch asks the database whether it is there and writable
 */
@ConfigurationProperties("lifeline")
record DatabaseProperties(Db db, Path dataDir) {

	DatabaseProperties {
		if (db == null) {
			db = new Db(null, null, null, null, null, null, null, null);
		}
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}

	boolean external() {
		return StringUtils.hasText(db.url());
	}

	record Db(String url, String user, String password, Integer poolSize, Boolean embeddedThrowaway,
			Duration statementTimeout, Duration connectionTimeout, Duration watchInterval) {

		Db {
			poolSize = poolSize == null ? 20 : poolSize;
			embeddedThrowaway = embeddedThrowaway != null && embeddedThrowaway;
			statementTimeout = statementTimeout == null ? Duration.ofSeconds(30) : statementTimeout;
			connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(2) : connectionTimeout;
			watchInterval = watchInterval == null ? Duration.ofSeconds(1) : watchInterval;
		}

		/**
		 * How long a read from the server may take before the connection counts as lost: the statement timeout and
		 * a margin, so a frozen server cannot hold a caller without limit; 0 when statements have no limit.
		 */
		Duration socketTimeout() {
			return statementTimeout.isZero() ? Duration.ZERO : statementTimeout.plusSeconds(10);
		}
	}
}
