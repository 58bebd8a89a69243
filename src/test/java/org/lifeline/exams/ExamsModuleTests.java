package org.lifeline.exams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.medical.Need;
import org.lifeline.medical.TripRequested;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Exam students with the modules they use: the committee's plan for a student files its EXAM request, and the exam
 * day's closed-loop trip is ordered through medical's transfers, which announce it as {@link TripRequested} of
 * need EXAM. Zones comes along because medical routes by a compound's zone; zones' own dependencies (cases,
 * screening) are not needed for that. Exams publishes no events of its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "database", "zones" })
@ActiveProfiles("test")
@DirtiesContext
class ExamsModuleTests {

	@Autowired
	ExamPlans plans;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Test
	void theExamDaysTripIsOrderedToTheSite(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView student = city.resident(city.compound, "1801", "考生林", VulnerabilityTag.STUDENT_WITH_EXAM);
		String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		ExamStudent planned = plans.save(student.id(), new ExamPlanForm("3号楼一层活动室", "王老师", "13900001111",
				List.of(new ExamPlanForm.ExamDayForm(tomorrow, "市第二中学考点", "长宁路100号", "07:30", "12:00"))),
				city.committee.scope(), "committee");
		assertThat(planned.requestId()).isNotNull();
		scenario.stimulate(() -> plans.orderTrip(student.id(), tomorrow, city.committee.scope(), "committee"))
			.andWaitForEventOfType(TripRequested.class)
			.matching(requested -> requested.need() == Need.EXAM && requested.streetId() == city.street.id())
			.toArriveAndVerify((requested, trip) -> {
				assertThat(requested.tripId()).isEqualTo(trip.id());
				assertThat(trip.hospitalName()).isEqualTo("市第二中学考点");
			});
	}
}
