/**
 * The database: an external PostgreSQL when {@code LIFELINE_DB_URL} is set, otherwise an embedded PostgreSQL
 * that Lifeline starts itself, durable, with its data under {@code LIFELINE_DATA_DIR}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database",
		allowedDependencies = {})
package org.lifeline.database;
