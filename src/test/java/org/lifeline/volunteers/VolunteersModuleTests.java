package org.lifeline.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
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
 * Volunteers with the modules it uses (territory, identity): a registered volunteer gets no door task
 * until their own PCR and antigen tests are recorded, then sees it on the day's one list and checks it off. The
 * modules that offer tasks (supplies, medical, care, screening, sanitation) are left out; one stand-in source
 * offers a door delivery per building. Volunteers publishes no events; the scenario waits for the list.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class VolunteersModuleTests {

	/** Stands in for the modules that offer tasks: a delivery to room 101 of every building asked about. */
	@TestConfiguration
	static class OneDeliveryPerBuilding {

		@Bean
		Deliveries deliveries(Territory territory) {
			return new Deliveries(territory);
		}
	}

	static class Deliveries implements VolunteerTaskSource {

		final Map<String, TaskOutcome> outcomes = new ConcurrentHashMap<>();

		private final Territory territory;

		Deliveries(Territory territory) {
			this.territory = territory;
		}

		@Override
		public Set<String> kinds() {
			return Set.of("TEST_DELIVERY");
		}

		@Override
		public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
			return scope.buildingIds().stream().map(territory::byId)
				.map(b -> new VolunteerTask("TEST_DELIVERY", "d" + b.id(), b.id(), b.code(), "101",
						date.atStartOfDay(java.time.ZoneOffset.ofHours(8)).toInstant(),
						outcomes.containsKey("d" + b.id()) ? TaskStatus.DONE : TaskStatus.OPEN, "保供包送到门口"))
				.toList();
		}

		@Override
		public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
			outcomes.put(ref, outcome);
		}
	}

	@Autowired
	VolunteerRegister register;

	@Autowired
	TaskList tasks;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Territory territory;

	@Autowired
	Users users;

	@Autowired
	Clock clock;

	@Test
	void aVolunteerGetsDoorTasksOnlyWithValidTestsAndChecksThemOff(Scenario scenario) {
		TestCity city = new TestCity(territory, null, users);
		TerritoryNode building = territory.buildingOf(city.compound, "7");
		LifelineUser account = city.volunteer(building.code());
		long volunteer = register.register(new NewVolunteer("志愿者周", "13900002222", account.username(),
				List.of(building.code()), List.of(building.code()), List.of()), city.committee.scope(), "committee");
		LocalDate today = LocalDate.now(clock);
		assertThat(tasks.of(account, today).testValid()).isFalse();
		assertThat(tasks.of(account, today).items()).isEmpty();

		Instant now = clock.instant();
		scenario.stimulate(() -> {
			register.test(volunteer, "PCR", "NEGATIVE", now.minusSeconds(3600), city.committee.scope(), "committee");
			register.test(volunteer, "ANTIGEN", "NEGATIVE", now.minusSeconds(600), city.committee.scope(), "committee");
		})
			.andWaitForStateChange(() -> tasks.of(account, today), list -> list.testValid())
			.andVerify(list -> assertThat(list.items()).singleElement().satisfies(task -> {
				assertThat(task.buildingCode()).isEqualTo(building.code());
				assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
			}));
		tasks.complete(account, "test_delivery", "d" + building.id(), true, null);
		assertThat(deliveries.outcomes.get("d" + building.id()).done()).isTrue();
		assertThat(tasks.of(account, today).items()).extracting(VolunteerTask::status).containsExactly(TaskStatus.DONE);
	}
}
