package org.lifeline.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the one {@link DataSource}. Without an external URL it starts an embedded PostgreSQL first; Spring
 * closes the pool before the server because the pool depends on it, so shutdown is clean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(DatabaseProperties properties) throws IOException {
		if (properties.external()) {
			return EmbeddedServer.NONE;
		}
		Path dir = properties.db().embeddedThrowaway() ? Files.createTempDirectory("lifeline-pg")
				: properties.dataDir().resolve("postgres").toAbsolutePath();
		Files.createDirectories(dir);
		log.info("Starting embedded PostgreSQL with data in {}", dir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(properties.db().embeddedThrowaway())
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "256MB")
			.setServerConfig("max_wal_size", "4GB")
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C")
			.start();
		return new EmbeddedServer(postgres);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, EmbeddedServer server) {
		HikariConfig config = new HikariConfig();
		if (properties.external()) {
			config.setJdbcUrl(properties.db().url());
			config.setUsername(properties.db().user());
			config.setPassword(properties.db().password());
		}
		else {
			config.setJdbcUrl(server.jdbcUrl());
			config.setUsername("postgres");
		}
		config.setMaximumPoolSize(properties.db().poolSize());
		config.setConnectionTimeout(5_000);
		config.setPoolName("lifeline");
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		return new HikariDataSource(config);
	}

	/** The embedded server, or none when an external one is configured. */
	static final class EmbeddedServer implements AutoCloseable {

		static final EmbeddedServer NONE = new EmbeddedServer(null);

		private final EmbeddedPostgres postgres;

		private EmbeddedServer(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}

		String jdbcUrl() {
			return postgres.getJdbcUrl("postgres", "postgres");
		}

		@Override
		public void close() throws IOException {
			if (postgres != null) {
				log.info("Stopping embedded PostgreSQL");
				postgres.close();
			}
		}
	}
}
