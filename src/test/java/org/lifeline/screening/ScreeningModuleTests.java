package org.lifeline.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Screening with the modules it depends on: the lab reports a pooled tube positive, announced as
 * {@link PoolTestedPositive} with every member, each of whom now awaits a recheck at home. Zones, which depends
 * on screening and answers which zone a compound is in when a round is planned, is left out: a stand-in puts every
 * compound in precaution.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class ScreeningModuleTests {

	/** Zones is not part of this test: every compound is in precaution. */
	@TestConfiguration
	static class EveryCompoundInPrecaution {

		@Bean
		CompoundZones compoundZones() {
			return compounds -> Map.of();
		}
	}

	@Autowired
	LabResults results;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPositivePoolIsAnnouncedWithItsMembersWhoAwaitARecheck(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ScreeningFixture screening = new ScreeningFixture(jdbc);
		ResidentView mother = city.resident(city.compound, "1401", "陈检");
		ResidentView son = city.resident(city.compound, "1401", "陈小检");
		Instant now = Instant.now();
		long round = screening.round(MovableClock.cityToday(), city.street, city.compound);
		String pool = screening.pool(round, now.minus(Duration.ofHours(6)), mother.id(), son.id());
		scenario.stimulate(() -> results.report(List.of(new LabResult(pool, "POSITIVE", now.minusSeconds(60).toString(),
				null)), "lab"))
			.andWaitForEventOfType(PoolTestedPositive.class)
			.matching(positive -> positive.tubeCode().equals(pool))
			.toArriveAndVerify(positive -> {
				assertThat(positive.residentIds()).containsExactlyInAnyOrder(mother.id(), son.id());
				assertThat(positive.roundId()).isEqualTo(round);
				assertThat(screening.status(mother.id())).isEqualTo("AWAITING_RECHECK");
			});
	}
}
