package org.lifeline.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health as a load balancer needs it: DOWN (HTTP 503 from {@code /actuator/health}) as soon as the watch finds no
 * writable database, without borrowing a pooled connection that could hang.
 */
final class DatabaseHealth implements HealthIndicator {

	private final DatabaseWatch watch;

	DatabaseHealth(DatabaseWatch watch) {
		this.watch = watch;
	}

	@Override
	public Health health() {
		DatabaseWatch.State state = watch.state();
		Health.Builder health = state.writable() ? Health.up() : Health.down();
		return health.withDetail("database", state.status().name())
			.withDetail("since", state.since().toString())
			.build();
	}
}
