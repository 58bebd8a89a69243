package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.function.ThrowingSupplier;

/**
 * An elderly woman living alone runs out of food: she files a request, the committee acknowledges it and gives it
 * to the volunteer of her building, who delivers and resolves it, and she confirms — closed, every step on record.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
@Import(MovableClock.Configuration.class)
class FoodRequestStoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Notifications notifications;

	@Autowired
	MovableClock clock;

	@Test
	void aResidentsFoodRequestFromFilingToHerConfirmation(Scenario scenario) throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView grandma = city.resident(city.compound, "301", "刘桂兰", VulnerabilityTag.LIVING_ALONE_ELDERLY,
				VulnerabilityTag.AGED_80_PLUS);
		LifelineUser herAccount = city.resident(grandma.householdId());
		LifelineUser staff = city.user(Role.COMMITTEE_STAFF, city.committee);
		LifelineUser volunteer = city.volunteer(city.compound.code() + "-B1");

		String filed = mvc.perform(post("/api/v1/requests").with(as(herAccount)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + grandma.id() + ",\"category\":\"FOOD\",\"description\":\"家里只剩两天的米，没有蔬菜\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.vulnerable", is(true)))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(filed, "$.id")).longValue();

		clock.advance(Duration.ofMinutes(20));
		mvc.perform(get("/api/v1/requests").param("status", "NEW").with(as(staff)))
			.andExpect(jsonPath("$.items[0].id", is((int) id)));
		mvc.perform(post("/api/v1/requests/" + id + "/acknowledge").with(as(staff))).andExpect(status().isOk());
		// the volunteer hears of the assignment
		scenario.stimulate(ThrowingSupplier.of(() -> mvc.perform(post("/api/v1/requests/" + id + "/assign").with(as(staff))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"assignee\":\"" + volunteer.username() + "\"}"))
			.andExpect(jsonPath("$.status", is("IN_PROGRESS")))
			.andExpect(jsonPath("$.assignee", is(volunteer.username())))))
			.andWaitForStateChange(() -> notifications.of(volunteer.id(), false, 5), found -> !found.isEmpty())
			.andVerify(found -> assertThat(found).anySatisfy(n -> assertThat(n.text()).contains("#" + id)));

		clock.advance(Duration.ofHours(3));
		mvc.perform(post("/api/v1/requests/" + id + "/resolve").with(as(volunteer)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"note\":\"送去大米5斤、青菜和鸡蛋，已放门口并电话告知\"}"))
			.andExpect(jsonPath("$.status", is("RESOLVED")));

		mvc.perform(post("/api/v1/requests/" + id + "/close").with(as(herAccount)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CLOSED")))
			.andExpect(jsonPath("$.overdue", is(false)))
			.andExpect(jsonPath("$.timeline[*].action", contains("FILED", "ACKNOWLEDGED", "ASSIGNED", "RESOLVED", "CLOSED")))
			.andExpect(jsonPath("$.timeline[*].actor", contains(herAccount.username(), staff.username(),
					staff.username(), volunteer.username(), herAccount.username())));

	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
