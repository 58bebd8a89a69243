package org.lifeline.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A dialysis patient in a sealed compound asks for a transfer: she is routed to her own dialysis hospital, the
 * street task force gives the trip to a car, the driver picks her up, the hospital desk confirms her arrival and
 * hands her back, and the driver brings her home — the loop closed, every step on record.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class DialysisTransferStoryTests {

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

	@Autowired
	Zoning zoning;

	@Autowired
	Fleet fleet;

	@Autowired
	Hospitals hospitals;

	@Autowired
	MovableClock clock;

	@Test
	void aDialysisPatientInASealedCompoundIsTakenToHerHospitalAndBroughtHome() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		MedicalFixture data = new MedicalFixture(hospitals, fleet, residents, zoning);
		String zhongshan = data.hospital(city.district, "中山医院", "DIALYSIS", "GENERAL");
		data.hospital(city.district, "仁济医院", "DIALYSIS", "DESIGNATED_SEALED");
		ResidentView patient = city.resident(city.compound, "502", "陈秀英");
		data.profile(patient.id(), zhongshan, null);
		data.zone(city.compound, "SEALED");
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		LifelineUser street = city.user(Role.STREET_TASK_FORCE, city.street);
		LifelineUser driver = city.user(Role.DRIVER, city.street);
		LifelineUser desk = users.createDemoAccount(new NewUser("desk-" + zhongshan, "接诊台", TestCity.PASSWORD,
				Role.HOSPITAL_DESK, null, List.of(), null, zhongshan, null));
		long car = data.vehicle(city.district, city.street, "SEDAN", 4);
		Instant now = clock.instant();
		data.shift(car, driver, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(10)));

		String filed = mvc.perform(post("/api/v1/medical/requests").with(as(committee))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + patient.id() + ",\"need\":\"DIALYSIS\",\"critical\":false}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mode", is("TRANSFER")))
			.andExpect(jsonPath("$.destination.code", is(zhongshan)))
			.andExpect(jsonPath("$.explanation", is("血透 → 本人透析医院 中山医院（开放）")))
			.andReturn().getResponse().getContentAsString();
		long tripId = ((Number) JsonPath.read(filed, "$.tripId")).longValue();
		long requestId = ((Number) JsonPath.read(filed, "$.requestId")).longValue();
		mvc.perform(get("/api/v1/requests/" + requestId).with(as(committee)))
			.andExpect(jsonPath("$.category", is("MEDICAL")))
			.andExpect(jsonPath("$.description", startsWith("就医（血透）")));

		mvc.perform(get("/api/v1/trips").param("status", "REQUESTED").with(as(street)))
			.andExpect(jsonPath("$.items[?(@.id == " + tripId + ")].residentName").value("陈秀英"));
		mvc.perform(post("/api/v1/trips/" + tripId + "/assign").with(as(street)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"vehicleId\":" + car + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("ASSIGNED")))
			.andExpect(jsonPath("$.outbound.vehicleId", is((int) car)));

		mvc.perform(get("/api/v1/trips").param("vehicle", String.valueOf(car)).with(as(driver)))
			.andExpect(jsonPath("$.total", is(1)));
		mvc.perform(post("/api/v1/trips/" + tripId + "/advance").with(as(desk)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"EN_ROUTE\"}")).andExpect(status().isForbidden());
		step(driver, tripId, "EN_ROUTE");
		clock.advance(Duration.ofMinutes(25));
		step(driver, tripId, "PICKED_UP");
		clock.advance(Duration.ofMinutes(20));
		mvc.perform(get("/api/v1/trips").param("status", "PICKED_UP").with(as(desk)))
			.andExpect(jsonPath("$.total", is(1)));
		step(desk, tripId, "AT_HOSPITAL");
		clock.advance(Duration.ofHours(4));
		step(desk, tripId, "RETURNING");
		clock.advance(Duration.ofMinutes(30));
		String home = step(driver, tripId, "HOME");

		assertThat((String) JsonPath.read(home, "$.status")).isEqualTo("HOME");
		assertThat((String) JsonPath.read(home, "$.closedAt")).isNotNull();
		List<String> actors = JsonPath.read(home, "$.timeline[*].actor");
		List<String> actions = JsonPath.read(home, "$.timeline[*].action");
		assertThat(actions).containsExactly("REQUESTED", "ASSIGNED", "EN_ROUTE", "PICKED_UP", "AT_HOSPITAL",
				"RETURNING", "ASSIGNED", "HOME");
		assertThat(actors).containsExactly(committee.username(), street.username(), driver.username(),
				driver.username(), desk.username(), desk.username(), desk.username(), driver.username());
		String request = mvc.perform(get("/api/v1/requests/" + requestId).with(as(committee)))
			.andExpect(jsonPath("$.status", is("RESOLVED")))
			.andExpect(jsonPath("$.resolution", startsWith("转运 #" + tripId + "：已从中山医院送回家")))
			.andReturn().getResponse().getContentAsString();
		List<String> requestSteps = JsonPath.read(request, "$.timeline[*].action");
		assertThat(requestSteps).containsSubsequence("FILED", "TRIP_ORDERED", "TRIP_HOME", "RESOLVED");
		mvc.perform(post("/api/v1/trips/" + tripId + "/advance").with(as(driver)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"to\":\"PICKED_UP\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", is("trip " + tripId + " cannot go from HOME to PICKED_UP")));
	}

	private String step(LifelineUser who, long tripId, String to) throws Exception {
		return mvc.perform(post("/api/v1/trips/" + tripId + "/advance").with(as(who))
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + to + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is(to)))
			.andReturn().getResponse().getContentAsString();
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
