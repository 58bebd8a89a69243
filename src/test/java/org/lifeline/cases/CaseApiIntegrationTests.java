package org.lifeline.cases;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cases API on the embedded PostgreSQL: report, household quarantine, list, convert, bad input, scope. */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseApiIntegrationTests {

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
	JdbcClient jdbc;

	TestCity city;

	TestCity elsewhere;

	LifelineUser district;

	LifelineUser street;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		elsewhere = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		street = city.user(Role.STREET_TASK_FORCE, city.street);
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}

	ResultActions report(LifelineUser user, String body) throws Exception {
		return mvc.perform(post("/api/v1/cases").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String caseBody(long residentId, String type, String foundBy) {
		return "{\"residentId\": " + residentId + ", \"type\": \"" + type + "\", \"reportedOn\": \"" + MovableClock.cityToday() + "\""
				+ (foundBy == null ? "" : ", \"foundBy\": \"" + foundBy + "\"") + "}";
	}

	@Test
	void aReportedCaseAwaitsTransferAndItsHouseholdGoesUnderHomeQuarantine() throws Exception {
		ResidentView patient = city.resident(city.compound, "301", "陈一");
		ResidentView spouse = city.resident(city.compound, "301", "陈二");
		String body = report(street, caseBody(patient.id(), "CONFIRMED", null)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_TRANSFER"))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(get("/api/v1/cases/" + id).with(as(district)))
			.andExpect(jsonPath("$.foundBy").value("SCREENING"))
			.andExpect(jsonPath("$.source").value("DISTRICT"))
			.andExpect(jsonPath("$.residentName").value("陈一"))
			.andExpect(jsonPath("$.steps[*].action").value(org.hamcrest.Matchers.contains("REPORTED", "AWAITING_TRANSFER")))
			.andExpect(jsonPath("$.steps[0].actor").value(street.username()));
		List<LocalDate> days = jdbc.sql("select due_on from home_sampling_task where resident_id = ? and reason = 'CLOSE_CONTACT' order by due_on")
			.param(spouse.id()).query(LocalDate.class).list();
		org.assertj.core.api.Assertions.assertThat(days).hasSize(CaseReports.QUARANTINE_DAYS)
			.startsWith(MovableClock.cityToday().plusDays(1));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from home_sampling_task where resident_id = ?")
			.param(patient.id()).query(Long.class).single()).isZero();
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select reason from screening_exemption where resident_id = ?")
			.param(patient.id()).query(String.class).single()).isEqualTo("AWAITING_TRANSFER");
	}

	@Test
	void aCloseContactWhoTestsPositiveCountsAsFoundUnderControl() throws Exception {
		ResidentView first = city.resident(city.compound, "302", "周一");
		ResidentView contact = city.resident(city.compound, "302", "周二");
		report(district, caseBody(first.id(), "ASYMPTOMATIC", null)).andExpect(status().isCreated());
		report(district, caseBody(contact.id(), "ASYMPTOMATIC", null)).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/cases").param("territory", city.compound.code()).with(as(district)))
			.andExpect(jsonPath("$.items[?(@.residentId == " + contact.id() + ")].foundBy").value(org.hamcrest.Matchers.contains("CONTROL")))
			.andExpect(jsonPath("$.items[?(@.residentId == " + first.id() + ")].foundBy").value(org.hamcrest.Matchers.contains("SCREENING")));
	}

	@Test
	void onePersonHasOneActiveCase() throws Exception {
		ResidentView patient = city.resident(city.compound, "303", "吴一");
		String first = report(district, caseBody(patient.id(), "ASYMPTOMATIC", "CONTROL")).andReturn().getResponse().getContentAsString();
		report(district, caseBody(patient.id(), "CONFIRMED", null)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("#" + JsonPath.read(first, "$.id"))))
			.andExpect(jsonPath("$.detail", containsString("resident " + patient.id())));
	}

	@Test
	void aSecondOpenCaseIsRefusedInTheReadersLanguage() throws Exception {
		ResidentView patient = city.resident(city.compound, "305", "冯一");
		String first = report(district, caseBody(patient.id(), "ASYMPTOMATIC", "CONTROL")).andReturn().getResponse().getContentAsString();
		mvc.perform(post("/api/v1/cases").with(as(district)).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content(caseBody(patient.id(), "CONFIRMED", null)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("居民 " + patient.id() + " 已有未结病例 #" + JsonPath.read(first, "$.id")
					+ "（待转运）"));
	}

	@Test
	void badInputIsA400NamingTheFieldAndSavesNothing() throws Exception {
		ResidentView patient = city.resident(city.compound, "304", "郑一");
		report(district, caseBody(patient.id(), "SEVERE", null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("type"));
		report(district, caseBody(patient.id(), "CONFIRMED", "HOTLINE")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("foundBy"));
		report(district, caseBody(999_999_999L, "CONFIRMED", null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("residentId"))
			.andExpect(jsonPath("$.detail", containsString("999999999")));
		report(district, "{\"type\": \"CONFIRMED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("residentId"));
		report(district, "{\"residentId\": " + patient.id() + ", \"type\": \"CONFIRMED\", \"reportedOn\": \""
				+ MovableClock.cityToday().plusDays(2) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reportedOn"));
		report(district, "{\"residentId\": " + patient.id() + ", \"type\": \"CONFIRMED\", \"reportedOn\": \"13 April\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reportedOn"));
		mvc.perform(get("/api/v1/cases").param("status", "CURED").with(as(district))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("status"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from positive_case where resident_id = ?")
			.param(patient.id()).query(Long.class).single()).isZero();
	}

	@Test
	void aResidentOutsideTheCallersTerritoryIsUnknownToThem() throws Exception {
		ResidentView foreigner = elsewhere.resident(elsewhere.compound, "101", "外一");
		report(street, caseBody(foreigner.id(), "CONFIRMED", null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("residentId"));
		mvc.perform(get("/api/v1/cases").param("territory", elsewhere.district.code()).with(as(district)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theHospitalDeskReportsAndConvertsACaseFoundAtItsFeverClinic() throws Exception {
		String hospital = "H-" + city.district.code();
		hospitals.register(new NewHospital(hospital, "发热门诊医院", city.district.code(), null, 31.2, 121.4,
				List.of("FEVER_CLINIC"), null, null), HospitalAccess.city(), "test");
		LifelineUser desk = users.createDemoAccount(new NewUser("desk-" + city.district.code(), "Desk", TestCity.PASSWORD,
				Role.HOSPITAL_DESK, null, List.of(), null, hospital, null));
		ResidentView patient = city.resident(city.compound, "305", "孙一");
		String body = report(desk, caseBody(patient.id(), "ASYMPTOMATIC", null)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		mvc.perform(post("/api/v1/cases/" + id + "/convert").with(as(desk))).andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("CONFIRMED"))
			.andExpect(jsonPath("$.convertedOn").value(MovableClock.cityToday().toString()));
		mvc.perform(post("/api/v1/cases/" + id + "/convert").with(as(desk))).andExpect(status().isConflict());
		mvc.perform(get("/api/v1/cases").with(as(desk))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cases").param("status", "AWAITING_TRANSFER").with(as(street)))
			.andExpect(jsonPath("$.items[*].status", everyItem(is("AWAITING_TRANSFER"))))
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].source").value(org.hamcrest.Matchers.contains("HOSPITAL")));
	}
}
