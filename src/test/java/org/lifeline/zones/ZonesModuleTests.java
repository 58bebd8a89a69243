package org.lifeline.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lifeline.cases.CaseReported;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.FoundBy;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.NobodySignedIn;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Zones on its own with the territory it zones: a case reported in a compound (the event cases publishes,
 * published here by the test) seals the compound, announced as {@link ZoneChanged}. Cases and screening are left
 * out: zones takes only cases' event and implements screening's question about compound zones. So is identity:
 * nobody is signed in.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = { "database", "territory" })
@ActiveProfiles("test")
@DirtiesContext
@Import(NobodySignedIn.class)
class ZonesModuleTests {

	@Autowired
	Territory territory;

	@Autowired
	Zoning zoning;

	@Test
	void aCaseReportedInACompoundSealsIt(Scenario scenario) {
		TestCity city = new TestCity(territory, null, null);
		TerritoryNode building = territory.buildingOf(city.compound, "1");
		LocalDate today = LocalDate.now(Zoning.SHANGHAI);
		scenario.publish(new CaseReported(-1, -1, -1, building.id(), city.compound.id(), city.district.id(),
				CaseType.ASYMPTOMATIC, FoundBy.SCREENING, today, Instant.now()))
			.andWaitForEventOfType(ZoneChanged.class)
			.matching(changed -> changed.compoundId() == city.compound.id())
			.toArriveAndVerify(changed -> {
				assertThat(changed.to()).isEqualTo(Zone.SEALED);
				assertThat(zoning.zoneOf(city.compound.code(), TerritoryScope.everything()).zone()).isEqualTo(Zone.SEALED);
			});
	}
}
