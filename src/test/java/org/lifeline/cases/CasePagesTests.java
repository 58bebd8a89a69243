package org.lifeline.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.dashboard.SummaryPasses;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.HospitalAccess;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.NewHospital;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The case pages: the street's list with its backlog and the backlog on its home (from the kept summaries), a case's lifecycle, the hospital desk's report, the bulletin. */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class CasePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseReports reports;

	@Autowired
	MovableClock clock;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Hospitals hospitals;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SummaryPasses summaries;

	TestCity city;

	LifelineUser street;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		street = city.user(Role.STREET_TASK_FORCE, city.street);
	}

	RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}

	@Test
	void theStreetSeesItsBacklogAtHomeAndItsCasesWithTheirLifecycle() throws Exception {
		ResidentView patient = city.resident(city.compound, "701", "马一");
		long id = reports.report(new NewCase(patient.id(), CaseType.ASYMPTOMATIC, LocalDate.now(clock), null,
				CaseSource.DISTRICT, null), TerritoryScope.everything(), "district").id();
		clock.advance(Duration.ofDays(1));
		summaries.refreshToday();
		mvc.perform(get("/").with(as(street)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"home-as-of\"")))
			.andExpect(content().string(containsString("id=\"home-case-figures\"")))
			.andExpect(content().string(containsString("data-backlog=\"1\"")))
			.andExpect(content().string(not(containsString("data-test=\"backlog-case-" + id + "\""))))
			.andExpect(content().string(containsString("id=\"nav-cases\"")));
		mvc.perform(get("/cases").param("status", "AWAITING_TRANSFER").with(as(street)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case-backlog\"")))
			.andExpect(content().string(containsString("data-test=\"backlog-case-" + id + "\"")))
			.andExpect(content().string(containsString("data-test=\"case-" + id + "\"")))
			.andExpect(content().string(containsString("马一")));
		mvc.perform(get("/cases/" + id).with(as(street)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-action=\"REPORTED\"")))
			.andExpect(content().string(containsString("data-action=\"AWAITING_TRANSFER\"")))
			.andExpect(content().string(containsString("待转运")));
		mvc.perform(post("/cases/" + id + "/convert").with(as(street)).with(csrf()))
			.andExpect(redirectedUrl("/cases/" + id));
		mvc.perform(get("/cases/" + id).with(as(street)))
			.andExpect(content().string(containsString("data-action=\"CONVERTED\"")));
	}

	@Test
	void theHospitalDeskReportsACaseFromItsPageAndIsToldWhatIsWrong() throws Exception {
		String hospital = "HP-" + city.district.code();
		hospitals.register(new NewHospital(hospital, "发热门诊医院", city.district.code(), null, 31.2, 121.4,
				List.of("FEVER_CLINIC"), null, null), HospitalAccess.city(), "test");
		LifelineUser desk = users.createDemoAccount(new NewUser("hdesk-" + city.district.code(), "Desk", TestCity.PASSWORD,
				Role.HOSPITAL_DESK, null, List.of(), null, hospital, null));
		mvc.perform(get("/").with(as(desk))).andExpect(content().string(containsString("id=\"home-report-case\"")));
		ResidentView patient = city.resident(city.compound, "702", "马二");
		mvc.perform(post("/cases").param("residentId", String.valueOf(patient.id())).param("type", "CONFIRMED")
			.param("reportedOn", LocalDate.now(clock).toString()).param("foundBy", "").with(as(desk)).with(csrf()))
			.andExpect(redirectedUrl("/cases/new"));
		mvc.perform(post("/cases").param("residentId", String.valueOf(patient.id())).param("type", "CONFIRMED")
			.param("reportedOn", LocalDate.now(clock).toString()).with(as(desk)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"case-error\"")))
			.andExpect(content().string(containsString("already has an open case")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select source from positive_case where resident_id = ?")
			.param(patient.id()).query(String.class).list()).containsExactly("HOSPITAL");
		mvc.perform(get("/cases").with(as(desk))).andExpect(status().isForbidden());
	}

	@Test
	void theBulletinPageShowsTheFiguresAndTheTextToPublish() throws Exception {
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		reports.report(new NewCase(city.resident(city.compound, "703", "马三").id(), CaseType.CONFIRMED,
				LocalDate.now(clock), FoundBy.SCREENING, CaseSource.DISTRICT, null), TerritoryScope.everything(), "district");
		mvc.perform(get("/bulletins").param("date", LocalDate.now(clock).toString()).param("territory", city.district.code())
			.with(as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bulletin-text\"")))
			.andExpect(content().string(containsString("新增本土新冠肺炎确诊病例1例和无症状感染者0例")))
			.andExpect(content().string(containsString("幸福小区")))
			.andExpect(content().string(not(containsString("id=\"case-error\""))));
	}
}
