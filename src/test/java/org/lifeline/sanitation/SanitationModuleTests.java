package org.lifeline.sanitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.isolation.TerminalDisinfectionDue;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sanitation with the territory and residents it works on: when isolation announces that a positive has left home
 * ({@link TerminalDisinfectionDue}, published here by the test), the home's terminal disinfection lands on the
 * committee's list, and doing it records the building's common parts in the ledger. Isolation and volunteers are
 * left out, since sanitation takes only isolation's event and implements volunteers' task source; identity comes
 * along because it answers territory's question about the caller's scope. Sanitation publishes no events.
 */
@ApplicationModuleTest(mode = BootstrapMode.STANDALONE,
		extraIncludes = { "database", "territory", "residents", "identity" })
@ActiveProfiles("test")
@DirtiesContext
class SanitationModuleTests {

	@Autowired
	TerminalDisinfections terminals;

	@Autowired
	DisinfectionPoints points;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Test
	void aPositiveTakenAwayPutsTheHomesTerminalDisinfectionOnTheCommitteesList(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView positive = city.resident(city.compound, "1601", "赵消");
		TerritoryNode building = territory.byCode(positive.buildingCode());
		scenario.publish(new TerminalDisinfectionDue(770_000_000L + positive.id(), positive.householdId(), building.id(),
				city.compound.id(), city.district.id(), Instant.now()))
			.andWaitForStateChange(() -> terminals.list(city.committee.scope(), true, 10), open -> !open.isEmpty())
			.andVerify(open -> assertThat(open).singleElement().satisfies(t -> {
				assertThat(t.room()).isEqualTo("1601");
				assertThat(t.source()).isEqualTo("TRANSFER");
			}));
		List<TerminalView> open = terminals.list(city.committee.scope(), true, 10);
		terminals.done(open.get(0).id(), "含氯消毒剂 1000mg/L", null, "committee", city.committee.scope());
		assertThat(terminals.list(city.committee.scope(), true, 10)).isEmpty();
		assertThat(points.ofCompound(city.compound.code(), city.committee.scope()))
			.filteredOn(p -> TerminalDisinfections.COMMON_PARTS.contains(p.kind()))
			.allSatisfy(p -> assertThat(p.lastAgent()).isEqualTo("含氯消毒剂 1000mg/L"));
	}
}
