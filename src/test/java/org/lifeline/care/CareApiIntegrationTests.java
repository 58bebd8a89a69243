package org.lifeline.care;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Care on the embedded PostgreSQL: the tag filter of residents, contacts, today's list overdue first, check-ins
 * with their outcomes (a request filed for a need), a door visit after two unreachable check-ins, bad input.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false",
		"lifeline.care.jobs.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CareApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	TestCity city;

	LifelineUser committee;

	ResidentView alone;

	ResidentView pregnant;

	ResidentView untagged;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		alone = city.resident(city.compound, "101", "独居王", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		pregnant = city.resident(city.compound, "102", "孕妇李", VulnerabilityTag.PREGNANT);
		untagged = city.resident(city.compound, "103", "居民赵");
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}

	ResultActions checkIn(String body) throws Exception {
		return mvc.perform(post("/api/v1/care/check-ins").with(as(committee)).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	@Test
	void residentsFilterByTag() throws Exception {
		mvc.perform(get("/api/v1/residents").param("tag", "LIVING_ALONE_ELDERLY").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(alone.id()));
		mvc.perform(get("/api/v1/residents").param("tag", "LONELY").with(as(committee)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("tag"));
	}

	@Test
	void todaysListPutsTheTaggedOnItWithTheirContact() throws Exception {
		mvc.perform(put("/api/v1/care/contacts/" + alone.id()).with(as(committee)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"王女儿\",\"phone\":\"13900001111\"}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/care/check-ins").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[?(@.residentId == " + alone.id() + ")].contact").value(hasItem("王女儿")))
			.andExpect(jsonPath("$.items[?(@.residentId == " + alone.id() + ")].status").value(hasItem("DUE")))
			.andExpect(jsonPath("$.items[*].residentId").value(not(hasItem((int) untagged.id()))));
	}

	@Test
	void aNeedFilesARequestOfTheRightCategory() throws Exception {
		checkIn("{\"residentId\":" + pregnant.id() + ",\"outcome\":\"NEEDS_HELP\",\"note\":\"产检\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.requestId", notNullValue()));
		String category = jdbc.sql("select r.category from service_request r join check_in c on c.request_id = r.id "
				+ "where c.resident_id = :r").param("r", pregnant.id()).query(String.class).single();
		org.assertj.core.api.Assertions.assertThat(category).isEqualTo("MEDICAL");
		mvc.perform(get("/api/v1/care/check-ins").with(as(committee)))
			.andExpect(jsonPath("$.items[?(@.residentId == " + pregnant.id() + ")].status").value(hasItem("NEEDS_HELP")))
			.andExpect(jsonPath("$.items[0].residentId").value(alone.id()));
	}

	@Test
	void twiceUnreachableMakesADoorVisit() throws Exception {
		String body = "{\"residentId\":" + alone.id() + ",\"outcome\":\"UNREACHABLE\"}";
		checkIn(body).andExpect(status().isCreated()).andExpect(jsonPath("$.requestId").doesNotExist());
		assertVisits(0);
		checkIn(body).andExpect(status().isCreated());
		assertVisits(1);
		checkIn(body).andExpect(status().isCreated());
		assertVisits(1);
	}

	private void assertVisits(int expected) {
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from door_visit where resident_id = :r and status = 'OPEN'")
			.param("r", alone.id()).query(Integer.class).single()).isEqualTo(expected);
	}

	@Test
	void badInputNamesTheField() throws Exception {
		checkIn("{\"residentId\":" + untagged.id() + ",\"outcome\":\"FINE\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("residentId"));
		checkIn("{\"residentId\":999999999,\"outcome\":\"FINE\"}").andExpect(status().isNotFound());
		checkIn("{\"residentId\":" + alone.id() + ",\"outcome\":\"SAD\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("outcome"));
		checkIn("{\"residentId\":" + alone.id() + ",\"outcome\":\"FINE\",\"request\":{\"category\":\"FOOD\"}}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("request"));
		mvc.perform(get("/api/v1/care/check-ins").param("date", "yesterday").with(as(committee)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
		mvc.perform(put("/api/v1/care/contacts/" + alone.id()).with(as(committee)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"contactUsername\":\"nobody-here\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("contactUsername"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from check_in where resident_id = :r")
			.param("r", untagged.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void aRefusedCheckInIsSaidInTheReadersLanguage() throws Exception {
		mvc.perform(post("/api/v1/care/check-ins").with(as(committee)).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + untagged.id() + ",\"outcome\":\"FINE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("居民 " + untagged.id() + " 不在重点关爱名单上，不为其登记问候"));
		checkIn("{\"residentId\":" + untagged.id() + ",\"outcome\":\"FINE\"}").andExpect(jsonPath("$.detail")
			.value("resident " + untagged.id() + " is not on the vulnerable list: no check-ins are kept for them"));
	}

	@Test
	void anotherCommitteeSeesNothingOfIt() throws Exception {
		LifelineUser other = city.user(Role.STREET_TASK_FORCE, city.street);
		TestCity elsewhere = new TestCity(territory, residents, users);
		LifelineUser stranger = elsewhere.user(Role.COMMITTEE_STAFF, elsewhere.committee);
		mvc.perform(post("/api/v1/care/check-ins").with(as(stranger)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + alone.id() + ",\"outcome\":\"FINE\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/care/check-ins").with(as(other))).andExpect(jsonPath("$.total", is(2)));
	}
}
