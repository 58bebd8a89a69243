package org.lifeline.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The committee's exam pages: the list shows a tagged student without a plan, the form saves a plan (a past date
 * is refused on the page), the trip is ordered from the list, and the driver's page shows the exam site.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false",
		"lifeline.care.jobs.enabled=false", "lifeline.dispatch.time-limit=1s", "lifeline.dispatch.unimproved-limit=300ms" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExamPagesTests {

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

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		medical = new MedicalFixture(hospitals, fleet, residents, zoning);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		student = city.resident(city.compound, "401", "考生何", VulnerabilityTag.STUDENT_WITH_EXAM);
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService details;

	RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}

	@Test
	void theCommitteeMakesThePlanOrdersTheTripAndTheDriverSeesTheSite() throws Exception {
		mvc.perform(get("/exams").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("考生何")))
			.andExpect(content().string(containsString("data-test=\"edit-" + student.id() + "\"")));
		mvc.perform(get("/exams/" + student.id()).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"exam-plan-form\"")));
		String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
		mvc.perform(form(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString()))
			.andExpect(flash().attribute("problem", "days.date"));
		mvc.perform(form(day))
			.andExpect(redirectedUrl("/exams/" + student.id()))
			.andExpect(flash().attribute("done", "saved"));
		mvc.perform(get("/exams").with(as(committee)))
			.andExpect(content().string(containsString("市实验中学考点")))
			.andExpect(content().string(containsString("data-test=\"order-" + student.id() + "-" + day + "\"")));
		mvc.perform(post("/exams/" + student.id() + "/trip").param("date", day).with(as(committee)).with(csrf()))
			.andExpect(redirectedUrl("/exams"))
			.andExpect(flash().attribute("done", "ordered"));
		long trip = jdbc.sql("select trip_id from exam_day where resident_id = ?").param(student.id())
			.query(Long.class).single();
		mvc.perform(get("/exams").with(as(committee)))
			.andExpect(content().string(containsString("data-test=\"trip-" + trip + "\"")));

		LifelineUser driver = city.user(Role.DRIVER, city.street);
		long van = medical.vehicle(city.district, city.street, "VAN", 7);
		Instant start = Instant.now().minus(Duration.ofHours(1));
		medical.shift(van, driver, start, start.plus(Duration.ofHours(24)));
		medical.shift(van, driver, start.plus(Duration.ofHours(24)), start.plus(Duration.ofHours(48)));
		transfers.assign(trip, van, TripAccess.of(city.street.scope()), "dispatcher");
		mvc.perform(get("/").with(as(driver)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("市实验中学考点")))
			.andExpect(content().string(containsString("id=\"driver-site\"")))
			.andExpect(content().string(containsString("虹桥路2号")));
		assertThat(jdbc.sql("select need from trip where id = ?").param(trip).query(String.class).single())
			.isEqualTo("EXAM");
	}

	private org.springframework.test.web.servlet.RequestBuilder form(String date) {
		return post("/exams/" + student.id()).param("quietPlace", "家中书房").param("teacherName", "刘老师")
			.param("teacherPhone", "13800002222").param("date", date).param("siteName", "市实验中学考点")
			.param("siteAddress", "虹桥路2号").param("leaveAt", "07:00").param("returnAt", "11:30")
			.with(as(committee)).with(csrf());
	}
}
