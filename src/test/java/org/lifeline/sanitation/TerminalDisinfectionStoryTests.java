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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * A positive from a compound is admitted to isolation: the admission's event, delivered after its commit, puts a
 * terminal disinfection of the home on the committee's list; done, the building's common points are in the ledger.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@ActiveProfiles("test")
@EnableScenarios
class TerminalDisinfectionStoryTests {

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	TerminalDisinfections terminals;

	@Autowired
	DisinfectionPoints points;

	@Test
	void anAdmissionPutsTheHomesTerminalDisinfectionOnTheCommitteesListAndItsRoundsInTheLedger(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView positive = city.resident(city.compound, "1202", "赵先生");
		TerritoryNode building = territory.byCode(positive.buildingCode());
		List<TerminalView> open = new java.util.ArrayList<>();
		scenario.publish(new TerminalDisinfectionDue(880_000_000L + positive.id(), positive.householdId(), building.id(),
				city.compound.id(), city.district.id(), Instant.now()))
			.andWaitForStateChange(() -> terminals.list(city.committee.scope(), true, 10), found -> !found.isEmpty())
			.andVerify(found -> open.addAll(found));
		assertThat(open).singleElement().satisfies(t -> {
			assertThat(t.room()).isEqualTo("1202");
			assertThat(t.buildingCode()).isEqualTo(building.code());
			assertThat(t.source()).isEqualTo("TRANSFER");
		});

		terminals.done(open.get(0).id(), "含氯消毒剂 1000mg/L", null, "committee", city.committee.scope());
		assertThat(terminals.list(city.committee.scope(), true, 10)).isEmpty();
		assertThat(points.ofCompound(city.compound.code(), city.committee.scope()))
			.filteredOn(p -> TerminalDisinfections.COMMON_PARTS.contains(p.kind()))
			.hasSize(TerminalDisinfections.COMMON_PARTS.size())
			.allSatisfy(p -> assertThat(p.lastAgent()).isEqualTo("含氯消毒剂 1000mg/L"));
	}
}
