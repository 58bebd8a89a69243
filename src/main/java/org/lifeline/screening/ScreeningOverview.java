package org.lifeline.screening;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the committee, street and district homes show of screening: the latest round's coverage in their scope,
 * how many residents await a recheck (their households stay in) and how many door samples are due today.
 */
@Service
public class ScreeningOverview {

	private final RoundCoverage coverage;

	private final JdbcClient jdbc;

	private final Clock clock;

	ScreeningOverview(RoundCoverage coverage, JdbcClient jdbc, Clock clock) {
		this.coverage = coverage;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Summary of(TerritoryScope scope) {
		long awaiting = jdbc.sql("select count(*) from resident_screening s join resident_roster r on r.resident_id = "
				+ "s.resident_id where s.status = 'AWAITING_RECHECK' and " + scope.condition("r")).query(Long.class).single();
		long due = jdbc.sql("select count(*) from home_sampling_task h join resident_roster r on r.resident_id = "
				+ "h.resident_id where h.status = 'OPEN' and h.due_on <= ? and " + scope.condition("r"))
			.param(LocalDate.now(clock))
			.query(Long.class)
			.single();
		return new Summary(coverage.latest(scope).orElse(null), awaiting, due);
	}

	/** The latest round (null when there is none), residents awaiting a recheck, door samples due. */
	public record Summary(RoundCoverage.LatestRound latest, long awaitingRecheck, long dueHomeSamples) {
	}
}
