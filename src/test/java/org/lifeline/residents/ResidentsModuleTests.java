package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The resident registry with the modules it depends on (territory, identity): two residents registered in one
 * room form one household of the compound, other modules find them through the set-based lookup, a tag changed is
 * kept, and another committee does not see them. Residents publishes no events; the scenario waits for the
 * household.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class ResidentsModuleTests {

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Territory territory;

	@Autowired
	Users users;

	@Test
	void residentsOfOneRoomFormAHouseholdSeenOnlyByTheirCommittee(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView mother = city.resident(city.compound, "1901", "林母");
		scenario.stimulate(() -> city.resident(city.compound, "1901", "林子"))
			.andWaitForStateChange(() -> residents.members(mother.householdId(), city.committee.scope()),
					members -> members.size() == 2)
			.andVerify((members, son) -> {
				assertThat(son.householdId()).isEqualTo(mother.householdId());
				assertThat(members).extracting(ResidentView::name).containsExactlyInAnyOrder("林母", "林子");
				assertThat(residents.placements(List.of(son.id())).get(son.id()).compoundId())
					.isEqualTo(city.compound.id());
			});
		residents.change(mother.id(), ResidentPatch.of(Map.of("tags", List.of("LIVING_ALONE_ELDERLY"))),
				city.committee.scope());
		assertThat(residents.byId(mother.id(), city.committee.scope()).tags())
			.containsExactly(VulnerabilityTag.LIVING_ALONE_ELDERLY);
		assertThatThrownBy(() -> residents.byId(mother.id(), city.otherCommittee.scope()))
			.isInstanceOf(NotFoundException.class);
	}
}
