package org.lifeline.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseReports;
import org.lifeline.cases.CaseSource;
import org.lifeline.cases.CaseTransfers;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.NewCase;
import org.lifeline.identity.Users;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.residents.NewResident;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.Sex;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Isolation with every module it depends on: a district shelter admits a case awaiting transfer on a free bed,
 * the case is admitted in cases' record, and the positive's home is announced for terminal disinfection
 * ({@link TerminalDisinfectionDue}). Fewer modules do not boot: isolation admits through cases, whose reports
 * need screening (exemptions, home quarantine), and reads hospitals and vehicles from medical, which needs
 * requests, zones and volunteers; so the mode is all dependencies, which still leaves out supplies, care,
 * sanitation, certificates, exams, dashboard and notifications.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
class IsolationModuleTests {

	@Autowired
	Facilities facilities;

	@Autowired
	FacilityDesk desk;

	@Autowired
	CaseReports reports;

	@Autowired
	CaseTransfers cases;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Test
	void aShelterAdmitsACaseAndAnnouncesItsHomeForTerminalDisinfection(Scenario scenario) {
		TestCity city = new TestCity(territory, residents, users);
		String code = "MS" + city.district.code();
		facilities.open(new NewFacility(code, "会展方舱", "DISTRICT_SHELTER", city.district.code(), null, "会展路1号", 31.2,
				121.4, Map.of("GENERAL", 3)), FacilityAccess.city(), "district");
		LocalDate birth = LocalDate.of(1990, 3, 3);
		long resident = residents.register(new NewResident(null, city.compound.code(), "5", "2001", "郑隔",
				IdDocumentType.RESIDENT_ID, TestCity.idNumber(birth, Sex.M), null, birth, Sex.M, Set.of(),
				MedicalProfile.NONE), TerritoryScope.everything()).id();
		long caseId = reports.report(new NewCase(resident, CaseType.ASYMPTOMATIC, MovableClock.cityToday(), null,
				CaseSource.DISTRICT, null), TerritoryScope.everything(), "district").id();

		scenario.stimulate(() -> desk.admit(code, caseId, "GENERAL", FacilityAccess.city(), "desk"))
			.andWaitForEventOfType(TerminalDisinfectionDue.class)
			.matching(due -> due.caseId() == caseId)
			.toArriveAndVerify(due -> {
				assertThat(due.compoundId()).isEqualTo(city.compound.id());
				assertThat(facilities.byCode(code, FacilityAccess.city()).beds(BedKind.GENERAL).occupied()).isEqualTo(1);
				assertThat(cases.awaitingTransfer(city.district.scope())).extracting(CaseInQueue::caseId)
					.doesNotContain(caseId);
			});
	}
}
