package org.lifeline.zones;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's recomputation of every unit: run at Shanghai midnight, and by a node that finds the day not yet
 * done (one that was down at midnight). Clean days move units down, ended overrides give way to the computed
 * zone. One row per day records that it ran.
 */
@Service
public class DailyZoneTick {

	private final JdbcClient jdbc;

	private final ZoneRecomputation recomputation;

	private final Clock clock;

	DailyZoneTick(JdbcClient jdbc, ZoneRecomputation recomputation, Clock clock) {
		this.jdbc = jdbc;
		this.recomputation = recomputation;
		this.clock = clock;
	}

	/** Recomputes every unit unless today's tick already ran; answers what it did (empty when it had run). */
	@Transactional
	public java.util.Optional<ZoneRecomputation.Outcome> runIfDue() {
		LocalDate today = LocalDate.now(clock.withZone(Zoning.SHANGHAI));
		int claimed = jdbc.sql("""
				insert into zone_tick (day, ran_at, units, changes) values (?, ?, 0, 0)
				on conflict (day) do nothing""")
			.params(today, Timestamp.from(clock.instant()))
			.update();
		if (claimed == 0) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(record(today));
	}

	/** Recomputes every unit now, whether or not today's tick ran (after the demo city loads, for instance). */
	@Transactional
	public ZoneRecomputation.Outcome runNow() {
		LocalDate today = LocalDate.now(clock.withZone(Zoning.SHANGHAI));
		jdbc.sql("""
				insert into zone_tick (day, ran_at, units, changes) values (?, ?, 0, 0)
				on conflict (day) do update set ran_at = excluded.ran_at""")
			.params(today, Timestamp.from(clock.instant()))
			.update();
		return record(today);
	}

	private ZoneRecomputation.Outcome record(LocalDate today) {
		ZoneRecomputation.Outcome outcome = recomputation.recomputeAll(ZoneRecomputation.Cause.TICK);
		jdbc.sql("update zone_tick set units = (select count(*) from zone_unit), changes = ? where day = ?")
			.params(outcome.changes(), today)
			.update();
		return outcome;
	}
}
