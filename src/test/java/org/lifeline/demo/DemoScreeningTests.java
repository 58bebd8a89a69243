package org.lifeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lifeline.screening.RoundCoverage;
import org.lifeline.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo city comes with yesterday's round: results in, coverage short in some buildings, one positive pool. */
@SpringBootTest
@ActiveProfiles("test")
class DemoScreeningTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoundCoverage coverage;

	@Autowired
	Clock clock;

	@Test
	void yesterdaysRoundHasResultsShortBuildingsAndRechecksPending() {
		long round = jdbc.sql("select id from screening_round where planned_by = 'street' order by id limit 1")
			.query(Long.class).single();
		assertThat(jdbc.sql("select round_date from screening_round where id = ?").param(round).query(LocalDate.class)
			.single()).isBefore(LocalDate.now(clock));
		assertThat(jdbc.sql("select count(*) from screening_tube where round_id = ? and result = 'POSITIVE'").param(round)
			.query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from screening_tube where round_id = ? and result is null").param(round)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from home_sampling_task where reason = 'RECHECK' and status = 'OPEN'")
			.query(Integer.class).single()).isPositive();
		RoundCoverage.Coverage total = coverage.coverage(round, TerritoryScope.everything());
		assertThat(total.missing()).isPositive();
		assertThat(total.sampled()).isGreaterThan(total.missing() * 5);
		assertThat(coverage.buildings(round, TerritoryScope.everything()))
			.anySatisfy(b -> assertThat(b.coverage().missing()).isZero())
			.anySatisfy(b -> assertThat(b.coverage().missing()).isPositive());
	}
}
