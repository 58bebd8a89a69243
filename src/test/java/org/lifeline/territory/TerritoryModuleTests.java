package org.lifeline.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
 * The territory on its own: a building added under a compound knows its compound, committee, street and district,
 * lies within each of their scopes and not within a neighbouring committee's, and is counted under its district.
 * Territory depends on no other module and publishes no events; the scenario waits for the building. Identity,
 * which depends on territory and answers its question about the caller's scope, is left out: nobody is signed in.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
@Import(NobodySignedIn.class)
class TerritoryModuleTests {

	@Autowired
	Territory territory;

	@Test
	void aBuildingKnowsItsAncestorsAndLiesOnlyInTheirScopes(Scenario scenario) {
		TestCity city = new TestCity(territory, null, null);
		scenario.stimulate(() -> territory.buildingOf(city.compound, "12"))
			.andWaitForStateChange(() -> territory.children(city.compound), children -> !children.isEmpty())
			.andVerify((children, building) -> {
				assertThat(children).extracting(TerritoryNode::id).containsExactly(building.id());
				assertThat(building.kind()).isEqualTo(TerritoryKind.BUILDING);
				assertThat(building.compoundId()).isEqualTo(city.compound.id());
				assertThat(building.committeeId()).isEqualTo(city.committee.id());
				assertThat(building.districtId()).isEqualTo(city.district.id());
				assertThat(territory.lineage(building)).extracting(TerritoryNode::id)
					.contains(city.district.id(), city.street.id(), city.committee.id(), city.compound.id());
				assertThat(city.street.scope().contains(building)).isTrue();
				assertThat(city.otherCommittee.scope().contains(building)).isFalse();
				assertThat(territory.countWithin(city.district, TerritoryKind.BUILDING)).isEqualTo(1);
			});
		assertThat(territory.buildingOf(city.compound, "12").id()).as("found, not added twice")
			.isEqualTo(territory.children(city.compound).get(0).id());
	}
}
