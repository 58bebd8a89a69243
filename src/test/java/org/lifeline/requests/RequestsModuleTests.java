package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The requests module with the modules it reads (territory, residents, identity): a critical medical call filed by
 * the hotline is announced as {@link EmergencyFiled} to the resident's committee, and work given to a committee
 * member as {@link RequestAssigned}. Medical, which answers the hotline's medical calls, is not part of the
 * test; the hotline page takes it as optional.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class RequestsModuleTests {

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestWork work;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Test
	void aCriticalMedicalCallIsAnnouncedToTheCommitteeAsAnEmergency(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView caller = city.resident(city.compound, "1201", "钱急");
		scenario.stimulate(() -> intake.file(new NewRequest(caller.id(), "MEDICAL", "胸口剧痛", true, null),
				Channel.HOTLINE, city.district.scope(), "hotline").id())
			.andWaitForEventOfType(EmergencyFiled.class)
			.matching(filed -> filed.householdId() != null && filed.householdId() == caller.householdId())
			.toArriveAndVerify((filed, id) -> {
				assertThat(filed.requestId()).isEqualTo(id);
				assertThat(filed.committeeId()).isEqualTo(city.committee.id());
				assertThat(filed.districtId()).isEqualTo(city.district.id());
			});
	}

	@Test
	void workGivenToACommitteeMemberIsAnnouncedAsAssigned(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView resident = city.resident(city.compound, "1202", "钱米");
		LifelineUser staff = city.user(Role.COMMITTEE_STAFF, city.committee);
		long id = intake.file(new NewRequest(resident.id(), "FOOD", "缺米", false, null), Channel.COMMITTEE,
				city.committee.scope(), staff.username()).id();
		scenario.stimulate(() -> work.assign(id, staff.username(), city.committee.scope(), staff))
			.andWaitForEventOfType(RequestAssigned.class)
			.matching(assigned -> assigned.requestId() == id)
			.toArriveAndVerify((assigned, view) -> {
				assertThat(assigned.category()).isEqualTo(RequestCategory.FOOD);
				assertThat(assigned.assignee()).isEqualTo(staff.username());
				assertThat(view.status()).isEqualTo(RequestStatus.IN_PROGRESS);
			});
	}
}
