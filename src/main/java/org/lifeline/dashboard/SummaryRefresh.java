package org.lifeline.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides on each tick what the summaries need: the resident counts when they are older than their interval (or
 * missing), today's figures when an event marked them changed or they are older than theirs. With the defaults
 * (a tick every 5 s, figures at most 30 s old) a change shows within 60 s even when no event announced it.
 */
@Component
class SummaryRefresh {

	private final SummaryPasses passes;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration figuresInterval;

	private final Duration residentsInterval;

	SummaryRefresh(SummaryPasses passes, JdbcClient jdbc, Clock clock,
			@Value("${lifeline.dashboard.refresh.figures-interval:PT30S}") Duration figuresInterval,
			@Value("${lifeline.dashboard.refresh.residents-interval:PT10M}") Duration residentsInterval) {
		this.passes = passes;
		this.jdbc = jdbc;
		this.clock = clock;
		this.figuresInterval = figuresInterval;
		this.residentsInterval = residentsInterval;
	}

	/** Runs the passes that are due; true when the figures were written. */
	boolean runIfDue() {
		RefreshState state = state();
		Instant now = clock.instant();
		if (olderThan(state.residentsAt(), residentsInterval, now)) {
			passes.countResidents();
			state = state();
		}
		if (state.dirty() || olderThan(state.figuresAt(), figuresInterval, now)) {
			passes.refreshToday();
			return true;
		}
		return false;
	}

	RefreshState state() {
		return jdbc.sql("select figures_at, residents_at, dirty from dashboard_refresh where id = 1")
			.query((rs, n) -> new RefreshState(instant(rs.getObject(1, OffsetDateTime.class)),
					instant(rs.getObject(2, OffsetDateTime.class)), rs.getBoolean(3)))
			.single();
	}

	private static boolean olderThan(Instant at, Duration interval, Instant now) {
		return at == null || at.plus(interval).isBefore(now);
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
