package org.lifeline.database;

import java.nio.file.Path;

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
 */
@ConfigurationProperties("lifeline")
record DatabaseProperties(Db db, Path dataDir) {

	DatabaseProperties {
		if (db == null) {
			db = new Db(null, null, null, 20, false);
		}
		if (dataDir == null) {
			dataDir = Path.of("data");
		}
	}

	boolean external() {
		return StringUtils.hasText(db.url());
	}

	record Db(String url, String user, String password, Integer poolSize, Boolean embeddedThrowaway) {

		Db {
			poolSize = poolSize == null ? 20 : poolSize;
			embeddedThrowaway = embeddedThrowaway != null && embeddedThrowaway;
		}
	}
}
