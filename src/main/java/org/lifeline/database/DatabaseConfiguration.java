package org.lifeline.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.postgresql.Driver;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Provides the one {@link DataSource}. Without an external URL it starts an embedded PostgreSQL first (after
 * taking back one a killed process left running); Spring closes the pool before the server because the pool
 * depends on it, so shutdown is clean. Every statement has a timeout and every read from the server a limit, so a
 * frozen database cannot hold a caller; the watch, the guard and health answer for a database that is gone.
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
		OrphanedServer.takeBack(dir);
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
		config.setJdbcUrl(url(properties, server));
		config.setUsername(user(properties));
		config.setPassword(properties.external() ? properties.db().password() : null);
		DatabaseProperties.Db db = properties.db();
		config.setMaximumPoolSize(db.poolSize());
		config.setPoolName("lifeline");
		// A caller waits at most this long for a connection, then hears 503 (never a 5 s hang and a 500)
		config.setConnectionTimeout(db.connectionTimeout().toMillis());
		config.setValidationTimeout(Math.min(1_000, db.connectionTimeout().toMillis()));
		// Idle connections are checked often, so those cut by a failover are replaced before a caller meets them
		config.setKeepaliveTime(30_000);
		config.setMaxLifetime(600_000);
		config.setExceptionOverride(new FailoverEvictions());
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		config.addDataSourceProperty("connectTimeout", "2");
		config.addDataSourceProperty("tcpKeepAlive", "true");
		config.addDataSourceProperty("socketTimeout", Long.toString(db.socketTimeout().toSeconds()));
		config.addDataSourceProperty("options", "-c statement_timeout=" + db.statementTimeout().toMillis()
				+ " -c idle_in_transaction_session_timeout=" + Math.max(60_000, db.statementTimeout().toMillis() * 2));
		return new HikariDataSource(config);
	}

	/**
	 * Migrations get connections of their own, outside the pool and without the statement timeout: a migration
	 * may rewrite a big table, and no session setting it makes can leak into pooled connections.
	 */
	@Bean
	FlywayConfigurationCustomizer migrationsWithoutStatementTimeout(DatabaseProperties properties,
			EmbeddedServer server) {
		Properties connection = new Properties();
		connection.setProperty("user", user(properties));
		if (properties.external() && properties.db().password() != null) {
			connection.setProperty("password", properties.db().password());
		}
		connection.setProperty("options", "-c statement_timeout=0");
		return flyway -> flyway.dataSource(new SimpleDriverDataSource(new Driver(), url(properties, server), connection));
	}

	@Bean
	DatabaseWatch databaseWatch(DatabaseProperties properties, EmbeddedServer server) {
		return new DatabaseWatch(url(properties, server), user(properties), properties.db().password(),
				properties.db().watchInterval());
	}

	@Bean
	DatabaseHealth databaseHealthIndicator(DatabaseWatch watch) {
		return new DatabaseHealth(watch);
	}

	/** Ahead of every other filter, the session filter and sign-in included: they need the database. */
	@Bean
	FilterRegistrationBean<DatabaseGuard> databaseGuard(DatabaseWatch watch) {
		FilterRegistrationBean<DatabaseGuard> registration = new FilterRegistrationBean<>(new DatabaseGuard(watch));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	private static String url(DatabaseProperties properties, EmbeddedServer server) {
		return properties.external() ? properties.db().url() : server.jdbcUrl();
	}

	private static String user(DatabaseProperties properties) {
		return properties.external() ? properties.db().user() : "postgres";
	}

	/**
	 * A connection that answered read-only (it reached a standby, or a primary demoted in a failover) is dropped
	 * from the pool like a broken one, so the next caller gets a connection to the new primary.
	 */
	static final class FailoverEvictions implements SQLExceptionOverride {

		@java.lang.Override
		public SQLExceptionOverride.Override adjudicate(SQLException e) {
			return "25006".equals(e.getSQLState()) ? SQLExceptionOverride.Override.MUST_EVICT
					: SQLExceptionOverride.Override.CONTINUE_EVICT;
		}
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
