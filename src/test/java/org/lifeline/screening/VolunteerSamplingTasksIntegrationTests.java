package org.lifeline.screening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Screening's work in a volunteer's one list, on the embedded PostgreSQL: a round planned today puts the building's
 * sampling call and the bed-bound neighbour's door sample in the list of the building's volunteer, a positive pool
 * adds its members' door rechecks; a call or a door sample that fails keeps its reason for the committee's call
 * page, a door sample done is done once, and a failure without a reason is refused naming the field.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false",
		"lifeline.care.jobs.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VolunteerSamplingTasksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	LabResults lab;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RoundCoverage coverage;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService details;

	SamplingFixture f;

	LifelineUser volunteer;

	String building;

	@BeforeEach
	void setUp() throws Exception {
		f = new SamplingFixture(territory, residents, users);
		building = f.bedBound.buildingCode();
		volunteer = f.city.volunteer(building);
		String created = send(post("/api/v1/volunteers"), f.committee, "{\"name\":\"志愿者孙\",\"phone\":\"13800003333\","
				+ "\"username\":\"" + volunteer.username() + "\",\"buildings\":[\"" + building + "\"]}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		send(post("/api/v1/volunteers/" + id + "/tests"), f.committee, "{\"kind\":\"PCR\",\"result\":\"NEGATIVE\"}")
			.andExpect(status().isNoContent());
		send(post("/api/v1/volunteers/" + id + "/tests"), f.committee, "{\"kind\":\"ANTIGEN\",\"result\":\"NEGATIVE\"}")
			.andExpect(status().isNoContent());
		send(post("/api/v1/screening/rounds"), f.planner, f.roundJson(LocalDate.now(clock),
				", \"compoundCodes\": [\"" + f.city.compound.code() + "\"]"))
			.andExpect(status().isCreated());
	}

	ResultActions send(MockHttpServletRequestBuilder request, LifelineUser user, String body) throws Exception {
		return mvc.perform(request.with(httpBasic(user.username(), TestCity.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String tasks() throws Exception {
		return mvc.perform(get("/api/v1/volunteers/me/tasks").with(httpBasic(volunteer.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static String ref(String list, String kind, String room) {
		List<String> refs = JsonPath.read(list, "$.items[?(@.kind == '" + kind + "' && @.room == '" + room + "')].ref");
		return refs.get(0);
	}

	@Test
	void theCallFailsWithItsReasonAndTheCommitteeSeesIt() throws Exception {
		List<String> calls = JsonPath.read(tasks(), "$.items[?(@.kind == 'SAMPLING_CALL' && @.buildingCode == '"
				+ building + "')].ref");
		String call = "/api/v1/volunteers/me/tasks/SAMPLING_CALL/" + calls.get(0);
		send(post(call), volunteer, "{\"done\":false,\"reason\":\" \"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		send(post(call), volunteer, "{\"done\":false,\"reason\":\"楼组群无人应答\"}").andExpect(status().isNoContent());
		String after = tasks();
		List<String> statuses = JsonPath.read(after, "$.items[?(@.ref == '" + calls.get(0) + "')].status");
		List<String> reasons = JsonPath.read(after, "$.items[?(@.ref == '" + calls.get(0) + "')].reason");
		org.assertj.core.api.Assertions.assertThat(statuses).containsExactly("FAILED");
		org.assertj.core.api.Assertions.assertThat(reasons).containsExactly("楼组群无人应答");
		send(post(call), volunteer, "{\"done\":true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("failed already")));
		send(post(call), volunteer, "{\"done\":false,\"reason\":\"again\"}").andExpect(status().isConflict());
		mvc.perform(get("/screening/calls").with(user(details.loadUserByUsername(f.committee.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"call-failed-" + building + "\"")))
			.andExpect(content().string(containsString("楼组群无人应答")));
	}

	@Test
	void theCommitteeRecordsAFailedCallOnItsPageAndTheVolunteerSeesIt() throws Exception {
		List<String> calls = JsonPath.read(tasks(), "$.items[?(@.kind == 'SAMPLING_CALL')].ref");
		RequestPostProcessor staff = user(details.loadUserByUsername(f.committee.username()));
		mvc.perform(post("/screening/calls/" + calls.get(0) + "/failed").with(staff).with(csrf()).param("reason", " "))
			.andExpect(redirectedUrl("/screening/calls"))
			.andExpect(flash().attribute("problem", "reason"));
		mvc.perform(post("/screening/calls/" + calls.get(0) + "/failed").with(staff).with(csrf()).param("reason", "楼栋拒绝下楼"))
			.andExpect(flash().attribute("done", "callFailed"));
		mvc.perform(post("/screening/calls/" + calls.get(0) + "/failed").with(staff).with(csrf()).param("reason", "again"))
			.andExpect(flash().attribute("problem", "conflict"));
		mvc.perform(get("/api/v1/volunteers/me/tasks").with(httpBasic(volunteer.username(), TestCity.PASSWORD)))
			.andExpect(jsonPath("$.items[?(@.ref == '" + calls.get(0) + "')].reason").value(hasItem("楼栋拒绝下楼")));
		send(post("/api/v1/volunteers/me/tasks/SAMPLING_CALL/" + calls.get(0)), volunteer, "{\"done\":true}")
			.andExpect(status().isConflict());
	}

	@Test
	void theBedBoundNeighboursDoorSampleIsDoneOnce() throws Exception {
		String list = tasks();
		org.assertj.core.api.Assertions.assertThat(JsonPath.<List<String>>read(list,
				"$.items[?(@.kind == 'HOME_SAMPLING')].room")).containsExactly("102");
		String task = "/api/v1/volunteers/me/tasks/HOME_SAMPLING/" + ref(list, "HOME_SAMPLING", "102");
		send(post(task), volunteer, "{\"done\":false}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		send(post(task), volunteer, "{\"done\":true}").andExpect(status().isNoContent());
		send(post(task), volunteer, "{\"done\":true}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("done already")));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select closed_by from home_sampling_task where id = ?")
			.param(Long.parseLong(ref(list, "HOME_SAMPLING", "102"))).query(String.class).single())
			.isEqualTo(volunteer.displayName());
		// ticked off by the volunteer, but no tube was scanned: the round still misses the resident
		long round = jdbc.sql("select max(id) from screening_round").query(Long.class).single();
		org.assertj.core.api.Assertions.assertThat(coverage.missingAll(round, TerritoryScope.everything()))
			.extracting(RoundCoverage.MissingResident::residentId)
			.contains(f.bedBound.id());
		send(post("/api/v1/volunteers/me/tasks/HOME_SAMPLING/999999999"), volunteer, "{\"done\":true}")
			.andExpect(status().isNotFound());
	}

	@Test
	void aPositivePoolsDoorRechecksComeWithTheirFailureReason() throws Exception {
		ScreeningFixture tubes = new ScreeningFixture(jdbc);
		String code = tubes.pool(null, clock.instant().minusSeconds(3600), f.elder.id(), f.neighbours.get(0).id());
		lab.report(List.of(new LabResult(code, "POSITIVE", clock.instant().toString(), null)), "lab");
		String list = tasks();
		mvc.perform(get("/api/v1/volunteers/me/tasks").with(httpBasic(volunteer.username(), TestCity.PASSWORD)))
			.andExpect(jsonPath("$.items[?(@.kind == 'HOME_SAMPLING')].room").value(hasItem("101")))
			.andExpect(jsonPath("$.items[?(@.kind == 'HOME_SAMPLING')].room").value(hasItem("210")));
		String recheck = ref(list, "HOME_SAMPLING", "210");
		send(post("/api/v1/volunteers/me/tasks/HOME_SAMPLING/" + recheck), volunteer,
				"{\"done\":false,\"reason\":\"家中无人应门\"}")
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/volunteers/me/tasks").with(httpBasic(volunteer.username(), TestCity.PASSWORD)))
			.andExpect(jsonPath("$.items[?(@.ref == '" + recheck + "')].status").value(hasItem("FAILED")))
			.andExpect(jsonPath("$.items[?(@.ref == '" + recheck + "')].reason").value(hasItem("家中无人应门")));
		mvc.perform(get("/screening/calls").with(user(details.loadUserByUsername(f.committee.username()))))
			.andExpect(content().string(containsString("data-test=\"home-failed-" + f.neighbours.get(0).id() + "\"")))
			.andExpect(content().string(containsString("今日未采到：家中无人应门")));
	}
}
