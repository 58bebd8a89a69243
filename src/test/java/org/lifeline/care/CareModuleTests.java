package org.lifeline.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * Care with the modules it depends on: a living-alone elder without a contact account is put on the day's
 * check-in list, and once the check-ins are due and nobody has called, the committee hears of it through
 * {@link CheckInsMissed}. Care reads residents only through their published views, so residents is named
 * here for the requests care files (and for the test's residents). The care jobs are off; the test raises the
 * alerts when its clock says so.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "database", "residents" })
@ActiveProfiles("test")
@DirtiesContext
@TestPropertySource(properties = "lifeline.care.jobs.enabled=false")
@Import(MovableClock.Configuration.class)
class CareModuleTests {

	@Autowired
	CarePlanner planner;

	@Autowired
	MissedCheckIns missed;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	MovableClock clock;

	@Test
	void aCheckInNobodyMadeByTheAfternoonIsAnnouncedToTheCommittee(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		city.resident(city.compound, "1501", "独居张", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		ZonedDateTime now = ZonedDateTime.now(clock);
		ZonedDateTime afternoon = now.toLocalDate().atTime(16, 0).atZone(clock.getZone());
		clock.advance(Duration.between(now, afternoon.isBefore(now) ? afternoon.plusDays(1) : afternoon));
		LocalDate today = LocalDate.now(clock);
		assertThat(planner.plan(today, city.district.id())).isEqualTo(1);
		scenario.stimulate(() -> missed.alert())
			.andWaitForEventOfType(CheckInsMissed.class)
			.matching(alert -> Long.valueOf(city.committee.id()).equals(alert.committeeId()))
			.toArriveAndVerify(alert -> {
				assertThat(alert.day()).isEqualTo(today);
				assertThat(alert.residents()).isEqualTo(1);
			});
	}
}
