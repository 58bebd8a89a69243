package org.lifeline.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.Fleet;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.MedicalFixture;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripStatus;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Exam students on the embedded PostgreSQL: a plan made over the API files its EXAM request; the exam day's trip
 * to the exam site (not a hospital) is ordered, planned by the dispatcher, driven there and back, and closing its
 * loop resolves the request; bad input names its field.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false",
		"lifeline.care.jobs.enabled=false", "lifeline.dispatch.time-limit=1s", "lifeline.dispatch.unimproved-limit=300ms" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExamsIntegrationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Transfers transfers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Hospitals hospitals;

	@Autowired
	Fleet fleet;

	@Autowired
	Zoning zoning;

	MedicalFixture medical;

	TestCity city;

	LifelineUser committee;

	ResidentView student;

	String tomorrow;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		medical = new MedicalFixture(hospitals, fleet, residents, zoning);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		student = city.resident(city.compound, "301", "考生陈", VulnerabilityTag.STUDENT_WITH_EXAM);
		tomorrow = LocalDate.now(SHANGHAI).plusDays(1).toString();
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}

	static String plan(String date, String site) {
		return """
				{"quietPlace":"3号楼一层活动室","teacherName":"王老师","teacherPhone":"13900001111",
				 "days":[{"date":"%s","siteName":%s,"siteAddress":"长宁路100号","leaveAt":"07:30","returnAt":"12:00"}]}"""
			.formatted(date, site == null ? "null" : "\"" + site + "\"");
	}

	ResultActions save(long residentId, String body) throws Exception {
		return mvc.perform(put("/api/v1/exams/plans/" + residentId).with(as(committee))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	@Test
	void theExamDayTripGoesToTheSiteAndBackAndResolvesTheRequest() throws Exception {
		String saved = save(student.id(), plan(tomorrow, "市第二中学考点")).andExpect(status().isOk())
			.andExpect(jsonPath("$.requestId").isNumber())
			.andExpect(jsonPath("$.days[0].siteName").value("市第二中学考点"))
			.andReturn().getResponse().getContentAsString();
		long requestId = ((Number) JsonPath.read(saved, "$.requestId")).longValue();
		assertThat(jdbc.sql("select category from service_request where id = ?").param(requestId)
			.query(String.class).single()).isEqualTo("EXAM");

		String ordered = mvc.perform(post("/api/v1/exams/plans/" + student.id() + "/days/" + tomorrow + "/trip")
			.with(as(committee)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.need").value("EXAM"))
			.andExpect(jsonPath("$.hospitalCode").doesNotExist())
			.andExpect(jsonPath("$.hospitalName").value("市第二中学考点"))
			.andExpect(jsonPath("$.siteAddress").value("长宁路100号"))
			.andReturn().getResponse().getContentAsString();
		long tripId = ((Number) JsonPath.read(ordered, "$.id")).longValue();
		mvc.perform(post("/api/v1/exams/plans/" + student.id() + "/days/" + tomorrow + "/trip").with(as(committee)))
			.andExpect(status().isConflict());

		long van = vehicle();
		LifelineUser dispatcher = city.user(Role.STREET_TASK_FORCE, city.street);
		String planned = mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		List<Integer> onVan = JsonPath.read(planned, "$.routes[?(@.vehicleId == " + van + ")].trips[*].tripId");
		assertThat(onVan).contains((int) tripId);
		long proposal = ((Number) JsonPath.read(planned, "$.id")).longValue();
		mvc.perform(post("/api/v1/dispatch/plan/" + proposal + "/apply").with(as(dispatcher))).andExpect(status().isOk());
		assertThat(tripStatus(tripId)).isEqualTo("ASSIGNED");

		TripAccess street = TripAccess.of(city.street.scope());
		transfers.advance(tripId, TripStatus.EN_ROUTE, street, "driver");
		transfers.advance(tripId, TripStatus.PICKED_UP, street, "driver");
		transfers.advance(tripId, TripStatus.AT_HOSPITAL, street, "driver");
		transfers.assign(tripId, van, street, "dispatcher");
		transfers.advance(tripId, TripStatus.RETURNING, street, "driver");
		transfers.advance(tripId, TripStatus.HOME, street, "driver");

		assertThat(tripStatus(tripId)).isEqualTo("HOME");
		assertThat(jdbc.sql("select status from service_request where id = ?").param(requestId)
			.query(String.class).single()).isEqualTo("RESOLVED");
		mvc.perform(get("/api/v1/exams/students").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.residentId == " + student.id() + ")].days[0].tripStatus").value(
					org.hamcrest.Matchers.contains("HOME")));
	}

	@Test
	void badInputNamesItsField() throws Exception {
		save(-1, plan(tomorrow, "考点")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("not found")));
		ResidentView untagged = city.resident(city.compound, "302", "居民林");
		save(untagged.id(), plan(tomorrow, "考点")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("not tagged")));
		save(student.id(), plan(LocalDate.now(SHANGHAI).minusDays(1).toString(), "考点"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("in the past")));
		save(student.id(), plan(tomorrow, null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("days.siteName")));
		assertThat(jdbc.sql("select count(*) from exam_plan where resident_id = ?").param(student.id())
			.query(Long.class).single()).isZero();
		save(student.id(), plan(tomorrow, "考点")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/exams/plans/" + student.id() + "/days/2099-01-01/trip").with(as(committee)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("no exam on")));
	}

	@Test
	void aRefusedTripIsSaidInTheReadersLanguage() throws Exception {
		save(student.id(), plan(tomorrow, "考点")).andExpect(status().isOk());
		String trip = "/api/v1/exams/plans/" + student.id() + "/days/2099-01-01/trip";
		mvc.perform(post(trip).with(as(committee)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("date"))
			.andExpect(jsonPath("$.detail").value("考试安排中 2099-01-01 没有考试"));
		mvc.perform(post(trip).with(as(committee)))
			.andExpect(jsonPath("$.detail").value("the plan has no exam on 2099-01-01"));
	}

	private String tripStatus(long tripId) {
		return jdbc.sql("select status from trip where id = ?").param(tripId).query(String.class).single();
	}

	/**
	 * A van of the street, registered through the fleet, with a driver on two shifts of a day each: the first holds
	 * the exam morning's leave and starts within the planner's 12-hour horizon at any hour of today (just after
	 * midnight the exam morning is more than a shift away), the second holds the way back.
	 */
	private long vehicle() {
		long id = medical.vehicle(city.district, city.street, "VAN", 7, 31.2, 121.4);
		LifelineUser driver = city.user(Role.DRIVER, city.street);
		Instant leave = LocalDate.parse(tomorrow).atTime(7, 30).atZone(SHANGHAI).toInstant();
		Instant start = leave.minus(Duration.ofHours(20));
		medical.shift(id, driver, start, start.plus(Duration.ofHours(24)));
		medical.shift(id, driver, start.plus(Duration.ofHours(24)), start.plus(Duration.ofHours(48)));
		return id;
	}
}
