package org.lifeline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lifeline.cases.CaseReported;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.FoundBy;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The command dashboard on its own with the territory it counts: a case reported (cases' event, published here by
 * the test) marks the figures changed, so the next tick writes them at once rather than after its interval. Cases
 * and zones are left out: the dashboard takes only their events and reads their published views. Its own refresh
 * job is off; the test runs the tick.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = { "database", "territory", "identity" })
@ActiveProfiles("test")
@DirtiesContext
@TestPropertySource(properties = { "lifeline.dashboard.refresh.enabled=false",
		"lifeline.dashboard.refresh.figures-interval=PT1H" })
class DashboardModuleTests {

	@Autowired
	SummaryPasses passes;

	@Autowired
	SummaryRefresh refresh;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Territory territory;

	@Autowired
	Clock clock;

	@Test
	void aReportedCaseMakesTheNextTickWriteTheFigures(Scenario scenario) {
		TestCity city = new TestCity(territory, null, null);
		refresh.runIfDue();
		assertThat(refresh.state().dirty()).isFalse();
		assertThat(refresh.runIfDue()).as("figures just written, nothing changed").isFalse();
		scenario.publish(new CaseReported(-2, -2, -2, city.compound.id(), city.compound.id(), city.district.id(),
				CaseType.CONFIRMED, FoundBy.CONTROL, MovableClock.cityToday(), Instant.now()))
			.andWaitForStateChange(() -> refresh.state().dirty(), dirty -> dirty)
			.andVerify(dirty -> {
				assertThat(refresh.runIfDue()).isTrue();
				assertThat(dashboards.of(city.district).figures().day()).isEqualTo(LocalDate.now(clock));
			});
	}
}
