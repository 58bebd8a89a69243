package org.lifeline.isolation;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifeline.cases.CaseReports;
import org.lifeline.cases.CaseSource;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.NewCase;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.Hospitals;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The facilities page for district command (opening a facility from the form) and the driver's runs page. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IsolationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Hospitals hospitals;

	@Autowired
	Facilities facilities;

	@Autowired
	Allocations allocations;

	@Autowired
	BusRuns runs;

	@Autowired
	CaseReports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService details;

	@Test
	void aDistrictOpensAShelterFromTheFacilitiesPageAndTheDriverSetsOffFromTheirs() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		IsolationTestData data = new IsolationTestData(hospitals);
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		LifelineUser driver = users.createDemoAccount(new NewUser("bus-" + data.suffix, "李师傅", TestCity.PASSWORD,
				Role.DRIVER, city.street.code(), List.of(), null, null, null));
		String code = data.code("PG");
		mvc.perform(post("/facilities").with(as(district)).with(csrf()).param("code", code).param("name", "页面方舱")
			.param("kind", "DISTRICT_SHELTER").param("districtCode", city.district.code()).param("lat", "31.2")
			.param("lon", "121.4").param("general", "10").param("paediatric", "2"))
			.andExpect(redirectedUrl("/facilities"));
		mvc.perform(get("/facilities").with(as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("页面方舱")))
			.andExpect(content().string(containsString("data-beds=\"" + code + "-PAEDIATRIC_WITH_CARER\"")))
			.andExpect(content().string(containsString("儿童陪护床位")));

		LocalDate birth = LocalDate.of(1985, 1, 1);
		long resident = residents.register(new NewResident(null, city.compound.code(), "3", "301", "周洁",
				IdDocumentType.RESIDENT_ID, TestCity.idNumber(birth, Sex.F), null, birth, Sex.F, Set.of(), MedicalProfile.NONE),
				TerritoryScope.everything()).id();
		long caseId = reports.report(new NewCase(resident, CaseType.ASYMPTOMATIC, MovableClock.cityToday(), null, CaseSource.DISTRICT, null),
				TerritoryScope.everything(), "district").id();
		allocations.allocate(city.district.scope(), "district");
		BusRunView run = runs.plan(new NewBusRun(code, 12, "钱医生", null, "沪B·00001", driver.username(), List.of(caseId)),
				FacilityAccess.district(city.district.id(), true), city.district.scope(), "district");

		mvc.perform(get("/bus-runs").with(as(driver)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第1站：幸福小区")))
			.andExpect(content().string(containsString("周洁")))
			.andExpect(content().string(containsString("start-" + run.id())));
		mvc.perform(post("/bus-runs/" + run.id() + "/start").with(as(driver)).with(csrf()))
			.andExpect(redirectedUrl("/bus-runs"));
		mvc.perform(get("/bus-runs").with(as(driver)))
			.andExpect(content().string(containsString("转运中")));
		mvc.perform(get("/bus-runs").with(as(district))).andExpect(status().isForbidden());
	}

	@Test
	void theDistrictAllocatesAndPutsTheQueueOnABusAndTheDeskConfirmsArrivalAdmitsAndDischarges() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		IsolationTestData data = new IsolationTestData(hospitals);
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		LifelineUser driver = users.createDemoAccount(new NewUser("desk-bus-" + data.suffix, "张师傅", TestCity.PASSWORD,
				Role.DRIVER, city.street.code(), List.of(), null, null, null));
		String code = data.code("DK");
		facilities.open(new NewFacility(code, "接收台方舱", "DISTRICT_SHELTER", city.district.code(), null, "会展路1号",
				31.2, 121.4, Map.of("GENERAL", 5)), FacilityAccess.city(), "city");
		long onBus = caseOf(city, "101", "吴倩");

		mvc.perform(get("/isolation/allocation").with(as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("吴倩")))
			.andExpect(content().string(containsString("尚无床位")));
		mvc.perform(post("/isolation/allocation").with(as(district)).with(csrf()))
			.andExpect(redirectedUrl("/isolation/allocation"));
		mvc.perform(get("/isolation/allocation").with(as(district)))
			.andExpect(content().string(containsString("data-held-at=\"" + code + "\"")))
			.andExpect(content().string(containsString("已留床")));
		mvc.perform(post("/isolation/allocation/bus-runs").with(as(district)).with(csrf()).param("facilityCode", code)
			.param("seats", "10").param("escortName", "钱医生").param("plate", "沪B·00002")
			.param("driver", driver.username()).param("caseIds", String.valueOf(onBus)))
			.andExpect(redirectedUrl("/isolation/allocation"));
		BusRunView run = runs.start(jdbc.sql("select run_id from isolation_placement where case_id = ?").param(onBus)
			.query(Long.class).single(), driver.username(), city.street.scope(), driver.username());

		long walkedIn = caseOf(city, "102", "郑伟");

		String desk = "/facilities/" + code + "/desk";
		mvc.perform(get(desk).with(as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(run.ref())))
			.andExpect(content().string(containsString("arrived-" + onBus)));
		mvc.perform(post(desk + "/arrivals").with(as(district)).with(csrf()).param("runId", String.valueOf(run.id()))
			.param("caseId", String.valueOf(onBus)))
			.andExpect(redirectedUrl(desk))
			.andExpect(flash().attribute("done", "arrived"));
		mvc.perform(post(desk + "/admissions").with(as(district)).with(csrf()).param("bedKind", "GENERAL"))
			.andExpect(flash().attribute("problem", "caseId"));
		mvc.perform(post(desk + "/admissions").with(as(district)).with(csrf()).param("caseId", String.valueOf(walkedIn))
			.param("bedKind", "GENERAL"))
			.andExpect(flash().attribute("done", "admitted"));
		mvc.perform(get(desk).with(as(district)))
			.andExpect(content().string(containsString("本机构在院（2人）")))
			.andExpect(content().string(containsString("discharge-" + walkedIn)));
		mvc.perform(post(desk + "/discharges").with(as(district)).with(csrf()).param("caseId", String.valueOf(walkedIn)))
			.andExpect(flash().attribute("done", "discharged"));
		mvc.perform(post(desk + "/discharges").with(as(district)).with(csrf()).param("caseId", String.valueOf(walkedIn)))
			.andExpect(flash().attribute("problem", "conflict"));
		mvc.perform(get(desk).with(as(district)))
			.andExpect(content().string(containsString("本机构在院（1人）")));
	}

	private long caseOf(TestCity city, String room, String name) {
		LocalDate birth = LocalDate.of(1990, 3, 3);
		long resident = residents.register(new NewResident(null, city.compound.code(), "5", room, name,
				IdDocumentType.RESIDENT_ID, TestCity.idNumber(birth, Sex.M), null, birth, Sex.M, Set.of(), MedicalProfile.NONE),
				TerritoryScope.everything()).id();
		return reports.report(new NewCase(resident, CaseType.ASYMPTOMATIC, MovableClock.cityToday(), null, CaseSource.DISTRICT, null),
				TerritoryScope.everything(), "district").id();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}
