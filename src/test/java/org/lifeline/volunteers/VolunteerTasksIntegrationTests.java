package org.lifeline.volunteers;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A volunteer's day on the embedded PostgreSQL: registered with a building they lead, a check-in given to them by
 * name and a door visit after two unreachable calls in one list; no door task with a stale test; a task done twice
 * is a conflict; buildings without a volunteer on shift.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false",
		"lifeline.care.jobs.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VolunteerTasksIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	TestCity city;

	LifelineUser committee;

	LifelineUser volunteer;

	ResidentView alone;

	String building;

	long volunteerId;

	@BeforeEach
	void setUp() throws Exception {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		alone = city.resident(city.compound, "201", "独居孙", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		building = alone.buildingCode();
		volunteer = city.volunteer(building);
		String created = send(post("/api/v1/volunteers"), committee, "{\"name\":\"志愿者钱\",\"phone\":\"13800002222\","
				+ "\"username\":\"" + volunteer.username() + "\",\"buildings\":[\"" + building + "\"],\"leaderOf\":[\""
				+ building + "\"],\"skills\":[\"SHANGHAINESE\"]}").andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		volunteerId = ((Number) JsonPath.read(created, "$.id")).longValue();
		send(put("/api/v1/care/contacts/" + alone.id()), committee, "{\"contactUsername\":\"" + volunteer.username() + "\"}")
			.andExpect(status().isOk());
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}

	ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			LifelineUser user, String body) throws Exception {
		return mvc.perform(request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	void tested() throws Exception {
		send(post("/api/v1/volunteers/" + volunteerId + "/tests"), committee, "{\"kind\":\"PCR\",\"result\":\"NEGATIVE\"}")
			.andExpect(status().isNoContent());
		send(post("/api/v1/volunteers/" + volunteerId + "/tests"), committee, "{\"kind\":\"ANTIGEN\",\"result\":\"NEGATIVE\"}")
			.andExpect(status().isNoContent());
	}

	@Test
	void oneListWithTheCallAndThenTheDoorVisit() throws Exception {
		tested();
		mvc.perform(get("/api/v1/volunteers/me/tasks").with(as(volunteer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].kind").value("CHECK_IN"))
			.andExpect(jsonPath("$.items[0].ref").value(String.valueOf(alone.id())))
			.andExpect(jsonPath("$.items[0].buildingCode").value(building))
			.andExpect(jsonPath("$.items[0].room").value("201"));
		String checkIn = "/api/v1/volunteers/me/tasks/CHECK_IN/" + alone.id();
		send(post(checkIn), volunteer, "{\"done\":false}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"));
		send(post(checkIn), volunteer, "{\"done\":false,\"reason\":\"no answer\"}").andExpect(status().isNoContent());
		send(post("/api/v1/care/check-ins"), committee, "{\"residentId\":" + alone.id() + ",\"outcome\":\"UNREACHABLE\"}")
			.andExpect(status().isCreated());
		String list = mvc.perform(get("/api/v1/volunteers/me/tasks").with(as(volunteer))).andReturn().getResponse()
			.getContentAsString();
		String visit = JsonPath.<java.util.List<String>>read(list, "$.items[?(@.kind == 'DOOR_VISIT')].ref").get(0);
		send(post("/api/v1/volunteers/me/tasks/DOOR_VISIT/" + visit), volunteer, "{\"done\":true}")
			.andExpect(status().isNoContent());
		send(post("/api/v1/volunteers/me/tasks/DOOR_VISIT/" + visit), volunteer, "{\"done\":true}")
			.andExpect(status().isConflict());
		send(post(checkIn), volunteer, "{\"done\":true}").andExpect(status().isConflict());
		send(post("/api/v1/volunteers/me/tasks/PARADE/1"), volunteer, "{\"done\":true}").andExpect(status().isNotFound());
	}

	@Test
	void aStaleTestGetsNoDoorTask() throws Exception {
		send(post("/api/v1/care/check-ins"), committee, "{\"residentId\":" + alone.id() + ",\"outcome\":\"UNREACHABLE\"}");
		send(post("/api/v1/care/check-ins"), committee, "{\"residentId\":" + alone.id() + ",\"outcome\":\"UNREACHABLE\"}");
		mvc.perform(get("/api/v1/volunteers/me/tasks").with(as(volunteer)))
			.andExpect(jsonPath("$.testValid").value(false))
			.andExpect(jsonPath("$.items[*].kind").value(not(hasItem("DOOR_VISIT"))))
			.andExpect(jsonPath("$.items[*].kind").value(hasItem("CHECK_IN")));
		tested();
		mvc.perform(get("/api/v1/volunteers/me/tasks").with(as(volunteer)))
			.andExpect(jsonPath("$.testValid").value(true))
			.andExpect(jsonPath("$.items[*].kind").value(hasItem("DOOR_VISIT")));
	}

	@Test
	void theRegisterAndTheBuildingsNobodyCovers() throws Exception {
		mvc.perform(get("/api/v1/volunteers/uncovered-buildings").with(as(committee)))
			.andExpect(jsonPath("$.buildings").value(hasItem(building)));
		send(post("/api/v1/volunteers/" + volunteerId + "/shifts"), committee,
				"{\"day\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")) + "\",\"starts\":\"08:00\",\"ends\":\"12:00\"}")
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/volunteers/uncovered-buildings").with(as(committee)))
			.andExpect(jsonPath("$.buildings").value(not(hasItem(building))));
		mvc.perform(get("/api/v1/volunteers").with(as(committee)))
			.andExpect(jsonPath("$[0].leaderOf[0]").value(building))
			.andExpect(jsonPath("$[0].onShiftToday").value(true));
		String another = "{\"name\":\"志愿者周\",\"phone\":\"13800003333\",\"buildings\":[\"" + building
				+ "\"],\"leaderOf\":[\"" + building + "\"]}";
		send(post("/api/v1/volunteers"), committee, another).andExpect(status().isConflict());
		send(post("/api/v1/volunteers"), committee, "{\"name\":\"志愿者郑\",\"phone\":\"13800005555\",\"buildings\":[\"NOWHERE\"]}")
			.andExpect(status().isNotFound());
		send(post("/api/v1/volunteers"), committee, "{\"name\":\"志愿者吴\",\"phone\":\"13800004444\",\"buildings\":[\""
				+ building + "\"],\"skills\":[\"JUGGLING\"]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("skills"));
	}

	@Test
	void refusalsOfTheRegisterAreSaidInTheReadersLanguage() throws Exception {
		String another = "{\"name\":\"志愿者周\",\"phone\":\"13800003333\",\"buildings\":[\"" + building
				+ "\"],\"leaderOf\":[\"" + building + "\"]}";
		send(post("/api/v1/volunteers").header("Accept-Language", "zh-CN"), committee, another)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("每栋楼只有一位楼长，其中有楼已经有楼长了"));
		send(post("/api/v1/volunteers"), committee, another)
			.andExpect(jsonPath("$.detail").value("a building has one building leader, and one of these buildings has one already"));
		send(post("/api/v1/volunteers/" + volunteerId + "/shifts").header("Accept-Language", "zh-CN"), committee,
				"{\"day\":\"2022-04-09\",\"starts\":\"8 o'clock\",\"ends\":\"12:00\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("starts"))
			.andExpect(jsonPath("$.detail").value("starts 的格式应为 08:00，“8 o'clock”不对"));
	}
}
