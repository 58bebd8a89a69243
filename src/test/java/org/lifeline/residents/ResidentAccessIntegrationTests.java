package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
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
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Who sees what, over the JSON API, with real users in the embedded PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResidentAccessIntegrationTests {

	/** The lock threshold of identity's login throttle. */
	static final int FAILED_SIGN_INS_BEFORE_LOCK = 5;

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

	ResidentView own;

	ResidentView other;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		own = city.resident(city.compound, "101", "王秀英", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		other = city.resident(city.otherCompound, "202", "李建国");
	}

	@Test
	void anonymousApiCallsAnswer401AsProblem() throws Exception {
		mvc.perform(get("/api/v1/residents/" + own.id()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status", is(401)));
		mvc.perform(get("/api/v1/me").with(httpBasic(committee.username(), "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void meNamesTheUserRoleAndNode() throws Exception {
		mvc.perform(get("/api/v1/me").with(basic(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username", is(committee.username())))
			.andExpect(jsonPath("$.roles[0]", is("COMMITTEE_STAFF")))
			.andExpect(jsonPath("$.territoryCode", is(city.committee.code())));
	}

	@Test
	void committeeSeesItsOwnResidentsMaskedAndOthersAsUnknown() throws Exception {
		mvc.perform(get("/api/v1/residents/" + own.id()).with(basic(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber", is(own.idNumber().substring(0, 6) + "********" + own.idNumber().substring(14))))
			.andExpect(jsonPath("$.phone", is(own.phone().substring(0, 3) + "****" + own.phone().substring(7))));
		mvc.perform(get("/api/v1/residents/" + other.id()).with(basic(committee))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/residents/999999999").with(basic(committee))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/residents").param("q", "李建国").with(basic(committee)))
			.andExpect(jsonPath("$.total", is(0)));
		mvc.perform(get("/api/v1/residents").param("territory", city.otherCompound.code()).with(basic(committee)))
			.andExpect(status().isNotFound());
		mvc.perform(patch("/api/v1/residents/" + other.id()).with(basic(committee))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"改名\"}")).andExpect(status().isNotFound());
		assertThat(residents.byId(other.id(), org.lifeline.territory.TerritoryScope.everything()).name()).isEqualTo("李建国");
	}

	@Test
	void revealShowsTheRecordOnceAndLeavesAnAuditEntryForTheDistrict() throws Exception {
		mvc.perform(post("/api/v1/residents/" + own.id() + "/reveal").with(basic(committee))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"arranging dialysis transfer\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber", is(own.idNumber())))
			.andExpect(jsonPath("$.phone", is(own.phone())));
		mvc.perform(get("/api/v1/residents/" + own.id()).with(basic(committee)))
			.andExpect(jsonPath("$.phone", is(own.phone().substring(0, 3) + "****" + own.phone().substring(7))));
		mvc.perform(post("/api/v1/residents/" + other.id() + "/reveal").with(basic(committee)))
			.andExpect(status().isNotFound());

		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		mvc.perform(get("/api/v1/audit").param("subject", String.valueOf(own.id())).with(basic(district)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].actor", is(committee.username())))
			.andExpect(jsonPath("$.items[0].action", is("REVEAL")))
			.andExpect(jsonPath("$.items[0].reason", is("arranging dialysis transfer")));
		mvc.perform(get("/api/v1/audit").with(basic(committee))).andExpect(status().isForbidden());
	}

	@Test
	void everyExportIsAuditedWithItsReason() throws Exception {
		var started = mvc.perform(get("/api/v1/exports/residents").param("format", "csv")
			.param("reason", "delivery list for volunteers")
			.with(basic(committee))).andExpect(status().isOk()).andReturn();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
			.andExpect(status().isOk());
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		mvc.perform(get("/api/v1/audit").param("subjectType", "RESIDENTS").param("subject", city.committee.code())
			.with(basic(district)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].action", is("EXPORT")))
			.andExpect(jsonPath("$.items[0].reason", is("delivery list for volunteers")));
		mvc.perform(get("/api/v1/exports/residents").param("territory", city.otherCommittee.code()).with(basic(committee)))
			.andExpect(status().isNotFound());
	}

	@Test
	void tokensWorkAsBearerUntilRevoked() throws Exception {
		String body = mvc.perform(post("/api/v1/tokens").with(basic(committee)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		Integer id = JsonPath.read(body, "$.id");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username", is(committee.username())));
		mvc.perform(delete("/api/v1/tokens/" + id).with(basic(committee))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void volunteersSeeTheirBuildingsAndResidentsTheirHousehold() throws Exception {
		LifelineUser volunteer = city.volunteer(own.buildingCode());
		mvc.perform(get("/api/v1/residents").with(basic(volunteer)))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].phone", is(own.phone())))
			.andExpect(jsonPath("$.items[0].idNumber", is(own.idNumber().substring(0, 6) + "********" + own.idNumber().substring(14))));
		LifelineUser resident = city.resident(own.householdId());
		mvc.perform(get("/api/v1/residents/" + own.id()).with(basic(resident)))
			.andExpect(jsonPath("$.idNumber", is(own.idNumber())));
		mvc.perform(get("/api/v1/residents/" + other.id()).with(basic(resident))).andExpect(status().isNotFound());
	}

	@Test
	void onlyDistrictCommandSetsZones() throws Exception {
		String change = "{\"zone\":\"SEALED\",\"reason\":\"positive case reported\"}";
		mvc.perform(put("/api/v1/zones/" + city.compound.code()).with(basic(committee))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change)).andExpect(status().isForbidden());
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		mvc.perform(put("/api/v1/zones/" + city.compound.code()).with(basic(district))
			.contentType(MediaType.APPLICATION_JSON)
			.content(change))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.zone", is("SEALED")))
			.andExpect(jsonPath("$.history[0].changedBy", is(district.username())));
	}

	@Test
	void repeatedFailedSignInsLockTheAccount() throws Exception {
		for (int i = 0; i < FAILED_SIGN_INS_BEFORE_LOCK; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(committee.username(), "wrong-" + i)))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(basic(committee))).andExpect(status().isUnauthorized());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
