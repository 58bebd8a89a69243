package org.lifeline.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.CompoundZones;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cases module on its own with the modules it depends on: a case reported by the district is announced as
 * {@link CaseReported} and waits for transfer. Zones, which depends on cases, is left out: screening's question
 * about compound zones is answered by a stand-in.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class CasesModuleTests {

	/** Zones is not part of this test: every compound is in precaution. */
	@TestConfiguration
	static class EveryCompoundInPrecaution {

		@Bean
		CompoundZones compoundZones() {
			return compounds -> Map.of();
		}
	}

	@Autowired
	CaseReports reports;

	@Autowired
	CaseTransfers transfers;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Test
	void aReportedCaseIsAnnouncedAndWaitsForTransfer(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView patient = city.resident(city.compound, "901", "孙一");
		scenario.stimulate(() -> reports.report(new NewCase(patient.id(), CaseType.ASYMPTOMATIC, MovableClock.cityToday(), null,
				CaseSource.DISTRICT, null), TerritoryScope.everything(), "district").id())
			.andWaitForEventOfType(CaseReported.class)
			.matching(reported -> reported.residentId() == patient.id())
			.toArriveAndVerify((reported, id) -> {
				assertThat(reported.caseId()).isEqualTo(id);
				assertThat(transfers.awaitingTransfer(city.compound.scope())).extracting(CaseInQueue::caseId).contains(id);
			});
	}
}
