package org.lifeline.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The passes that keep the command summaries: the figures of a day for every node (today's from the live
 * views, an earlier day's rebuilt from the times its cases and requests carry), the residents per compound and
 * the details of today (requests per category, free beds per kind, hard cases). Each pass is one transaction of
 * set-based statements, so a reader sees the figures before or after it, never half of them.
 */
@Service
public class SummaryPasses {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration residentsTimeout;

	SummaryPasses(JdbcClient jdbc, Clock clock,
			@Value("${lifeline.dashboard.refresh.residents-timeout:PT5M}") Duration residentsTimeout) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.residentsTimeout = residentsTimeout;
	}

	/** Today's figures as of now; returns the time they are true as of. */
	@Transactional
	public Instant refreshToday() {
		lock();
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		writeDay(today, now, true);
		OffsetDateTime asOf = at(now);
		jdbc.sql(DetailStatements.DELETE_REQUESTS).update();
		jdbc.sql(DetailStatements.COUNT_REQUESTS).param("asOf", asOf).update();
		jdbc.sql(DetailStatements.DELETE_BEDS).update();
		jdbc.sql(DetailStatements.COUNT_BEDS).update();
		jdbc.sql(DetailStatements.DELETE_HARD_CASES).update();
		jdbc.sql(DetailStatements.FIND_HARD_CASES).param("day", today).param("asOf", asOf).update();
		jdbc.sql("update dashboard_refresh set figures_at = :at, dirty = false where id = 1").param("at", asOf).update();
		return now;
	}

	/** Rebuilds an earlier day's figures as they stood at the end of that day. */
	@Transactional
	public void rebuildDay(LocalDate day) {
		lock();
		Instant endOfDay = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant().minus(Duration.ofNanos(1000));
		writeDay(day, endOfDay, false);
	}

	/**
	 * Counts residents and vulnerable residents per compound and tag: the one pass over the resident registry. At
	 * city scale (24.9 million residents) it reads for longer than the statement timeout the requests' statements
	 * live by, and timed out on every tick, so this background pass has a timeout of its own.
	 */
	@Transactional
	public void countResidents() {
		jdbc.sql("select set_config('statement_timeout', :ms, true)")
			.param("ms", String.valueOf(residentsTimeout.toMillis()))
			.query(String.class)
			.single();
		lock();
		OffsetDateTime now = at(clock.instant());
		jdbc.sql(DetailStatements.COUNT_RESIDENTS).param("now", now).update();
		jdbc.sql(DetailStatements.DROP_UNCOUNTED).param("now", now).update();
		jdbc.sql(DetailStatements.DELETE_VULNERABLE).update();
		jdbc.sql(DetailStatements.COUNT_VULNERABLE).update();
		jdbc.sql("update dashboard_refresh set residents_at = :at, dirty = true where id = 1").param("at", now).update();
	}

	/** An event said something changed: the next tick refreshes without waiting for its interval. */
	@Transactional
	public void markChanged() {
		jdbc.sql("update dashboard_refresh set dirty = true where id = 1 and not dirty").update();
	}

	/** One pass at a time, whoever starts it (the job, the demo, a test): the others wait for its commit. */
	private void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('dashboard-summaries'))").query(Object.class).single();
	}

	private void writeDay(LocalDate day, Instant asOf, boolean live) {
		jdbc.sql(FiguresStatement.DELETE_DAY).param("day", day).update();
		jdbc.sql(FiguresStatement.INSERT_DAY).param("day", day).param("asOf", at(asOf)).param("live", live).update();
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
