/**
 * The demo city: a seeded, deterministic generator of a Shanghai-like city (territory, households, residents,
 * hospitals, vehicles, suppliers) written with PostgreSQL COPY, loaded into an empty database on start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo city",
		allowedDependencies = { "shared", "territory", "residents", "identity", "medical", "supplies", "zones",
				"screening", "cases", "isolation", "sanitation", "certificates", "care", "volunteers", "exams",
				"dashboard" })
package org.lifeline.demo;
