package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The hotline filed for a caller the registry did not know; the committee finds the caller among its residents by
 * name, phone or room and matches them: the request becomes the resident's, leaves the list to match, and the
 * match is on its timeline under the clerk's name and in the audit log, with the caller's own words kept. A
 * resident of another committee, an unknown resident and a second match are refused by name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CallerMatchingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	@Autowired
	RequestIntake intake;

	@Autowired
	RequestQueries queries;

	@Autowired
	JdbcClient jdbc;

	TestCity city;

	LifelineUser staff;

	ResidentView caller;

	ResidentView elsewhere;

	long requestId;

	@BeforeEach
	void anUnregisteredCallerOnTheList() {
		city = new TestCity(territory, residents, users);
		staff = city.user(Role.COMMITTEE_STAFF, city.committee);
		caller = city.resident(city.compound, "502", "马建国", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		elsewhere = city.resident(city.otherCompound, "502", "马建军");
		Routing given = new Routing(null, null, city.compound, "3号楼502室", 31.2, 121.4, "马师傅", "13700001111", false);
		requestId = intake.file(RequestDraft.of("FOOD", "家里没有米了", false, null, null, null), given, Channel.HOTLINE,
				"hotline").id();
	}

	@Test
	void theCommitteeFindsTheCallerByRoomAndMatchesThemOnThePage() throws Exception {
		mvc.perform(get("/requests/" + requestId).with(as(staff)))
			.andExpect(content().string(containsString("id=\"request-match\"")));
		mvc.perform(get("/requests/" + requestId + "/match").param("q", "502").with(as(staff)))
			.andExpect(content().string(containsString("data-test=\"match-" + caller.id() + "\"")))
			.andExpect(content().string(not(containsString("data-test=\"match-" + elsewhere.id() + "\""))));
		mvc.perform(get("/requests/" + requestId + "/match").param("q", "马建").with(as(staff)))
			.andExpect(content().string(containsString("data-test=\"match-" + caller.id() + "\"")));

		mvc.perform(post("/requests/" + requestId + "/match").param("residentId", String.valueOf(caller.id()))
			.with(as(staff)).with(csrf()))
			.andExpect(redirectedUrl("/requests/" + requestId))
			.andExpect(flash().attribute("done", "matched"));

		RequestView matched = queries.byId(requestId, TerritoryScope.everything());
		assertThat(matched.residentId()).isEqualTo(caller.id());
		assertThat(matched.householdId()).isEqualTo(caller.householdId());
		assertThat(matched.buildingId()).isNotNull();
		assertThat(matched.vulnerable()).as("the resident's tags now count in the queue").isTrue();
		assertThat(matched.contactName()).isEqualTo("马师傅");
		assertThat(matched.contactPhone()).isEqualTo("13700001111");
		assertThat(matched.address()).isEqualTo("3号楼502室");
		assertThat(matched.timeline()).anySatisfy(step -> {
			assertThat(step.action()).isEqualTo("MATCHED");
			assertThat(step.actor()).isEqualTo(staff.username());
			assertThat(step.note()).isEqualTo("马建国");
		});
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'MATCH_CALLER' and subject_type = 'request' "
				+ "and subject_id = ? and actor = ?").params(String.valueOf(requestId), staff.username())
			.query(Long.class).single()).isEqualTo(1);
		mvc.perform(get("/requests").with(as(staff)))
			.andExpect(content().string(not(containsString("data-test=\"to-match-" + requestId + "\""))));
		mvc.perform(get("/requests/" + requestId).with(as(staff)))
			.andExpect(content().string(not(containsString("id=\"request-match\""))))
			.andExpect(content().string(containsString("data-test=\"step-MATCHED\"")));
		mvc.perform(post("/requests/" + requestId + "/match").param("residentId", String.valueOf(caller.id()))
			.with(as(staff)).with(csrf()))
			.andExpect(flash().attribute("problem", "conflict"));
	}

	@Test
	void theApiRefusesAResidentOfAnotherCommitteeAnUnknownOneAndASecondMatch() throws Exception {
		match(elsewhere.id()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("residentId")))
			.andExpect(jsonPath("$.detail", containsString("outside the area")));
		match(Long.MAX_VALUE - 7).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("residentId")))
			.andExpect(jsonPath("$.detail", containsString("not in the registry")));
		mvc.perform(post("/api/v1/requests/" + requestId + "/match").with(httpBasic(staff.username(), TestCity.PASSWORD))
			.header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{\"residentId\":" + elsewhere.id() + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("residentId")))
			.andExpect(jsonPath("$.detail", is("居民 " + elsewhere.id() + " 不在办理诉求 #" + requestId + " 的居委辖区内")));
		mvc.perform(post("/requests/" + requestId + "/match").param("residentId", String.valueOf(elsewhere.id()))
			.with(as(staff)).with(csrf()))
			.andExpect(flash().attribute("problem", "residentId"));
		assertThat(queries.byId(requestId, TerritoryScope.everything()).residentId()).as("nothing half-saved").isNull();

		match(caller.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.residentId", is((int) caller.id())))
			.andExpect(jsonPath("$.contactName", is("马师傅")));
		match(caller.id()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already matched")));
		LifelineUser operator = city.user(Role.HOTLINE_OPERATOR, city.district);
		mvc.perform(post("/api/v1/requests/" + requestId + "/match").with(httpBasic(operator.username(),
				TestCity.PASSWORD)).contentType(MediaType.APPLICATION_JSON).content("{\"residentId\":1}"))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions match(long residentId) throws Exception {
		return mvc.perform(post("/api/v1/requests/" + requestId + "/match")
			.with(httpBasic(staff.username(), TestCity.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + residentId + "}"));
	}

	private RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}
