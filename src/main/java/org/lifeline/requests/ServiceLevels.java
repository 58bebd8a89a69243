package org.lifeline.requests;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service levels every request's deadlines come from. Intake reads them from a copy refreshed every few
 * seconds, so a change by city command reaches every node within {@value #REFRESH_MILLIS} ms.
 */
@Service
public class ServiceLevels {

	static final long REFRESH_MILLIS = 10_000;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Map<String, ServiceLevel> cached = Map.of();

	private volatile long loadedAt;

	ServiceLevels(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<ServiceLevel> all() {
		return jdbc.sql("""
				select category, critical, ack_minutes, resolve_minutes, updated_at, updated_by from service_level
				order by category, critical desc""")
			.query((rs, n) -> new ServiceLevel(RequestCategory.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3),
					rs.getInt(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	/** The level for a kind of request; a critical request of a category without a critical level uses the plain one. */
	public ServiceLevel levelFor(RequestCategory category, boolean critical) {
		Map<String, ServiceLevel> levels = current();
		ServiceLevel level = levels.get(key(category, critical));
		return level != null ? level : levels.get(key(category, false));
	}

	/** Replaces the levels named in the changes, all or none. */
	@Transactional
	public List<ServiceLevel> change(List<ServiceLevelChange> changes, String actor) {
		for (ServiceLevelChange change : changes) {
			RequestCategory category = change.requireValid();
			jdbc.sql("""
					insert into service_level (category, critical, ack_minutes, resolve_minutes, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?)
					on conflict (category, critical) do update set ack_minutes = excluded.ack_minutes,
					    resolve_minutes = excluded.resolve_minutes, updated_at = excluded.updated_at,
					    updated_by = excluded.updated_by""")
				.params(category.name(), change.isCritical(), change.ackMinutes(), change.resolveMinutes(),
						java.sql.Timestamp.from(clock.instant()), actor)
				.update();
		}
		loadedAt = 0;
		return all();
	}

	private Map<String, ServiceLevel> current() {
		long now = System.currentTimeMillis();
		if (now - loadedAt > REFRESH_MILLIS || cached.isEmpty()) {
			cached = all().stream().collect(Collectors.toUnmodifiableMap(l -> key(l.category(), l.critical()), Function.identity()));
			loadedAt = now;
		}
		return cached;
	}

	private static String key(RequestCategory category, boolean critical) {
		return category.name() + (critical ? "!" : "");
	}
}
