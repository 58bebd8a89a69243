/**
 * The database: an external PostgreSQL when {@code LIFELINE_DB_URL} is set, otherwise an embedded PostgreSQL
 * that Lifeline starts itself, durable, with its data under {@code LIFELINE_DATA_DIR}. It publishes the one
 * DataSource (statement timeouts, a pool that drops connections a failover cut), and answers for a database that
 * is gone: a watch asks it every second whether it takes writes, a filter ahead of all others then answers 503 with
 * Retry-After at once, and the health indicator named database is DOWN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database",
		allowedDependencies = { "shared" })
package org.lifeline.database;
