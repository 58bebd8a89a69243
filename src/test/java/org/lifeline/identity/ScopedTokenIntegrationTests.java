package org.lifeline.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Machine clients' tokens carry scopes: a lab token posts results and reads its own uploads and nothing else; a
 * supplier's integration token reaches only its group buys' orders. Tokens end when they are set to, and a
 * rotation hands out a new token while the old one keeps working for the grace period.
 */
@SpringBootTest(properties = { "lifeline.identity.sign-in-cache=0s", "lifeline.requests.deadline-watch.enabled=false",
		"lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ScopedTokenIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aLabTokenPostsResultsAndReadsItsUploadsOnly() throws Exception {
		String token = issue("lab", "{\"label\":\"lims\",\"scopes\":[\"LAB_RESULTS\"]}");
		mvc.perform(bearer(get("/api/v1/screening/results/uploads"), token)).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
		mvc.perform(bearer(post("/api/v1/screening/results"), token).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().is(Matchers.not(403)));
		mvc.perform(bearer(get("/api/v1/residents"), token))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.field").value("scopes"))
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("LAB_RESULTS")));
		mvc.perform(bearer(post("/api/v1/tokens"), token)).andExpect(status().isForbidden());
	}

	@Test
	void aSupplierTokenReachesItsOrdersOnly() throws Exception {
		String token = issue("supplier", "{\"label\":\"erp\",\"scopes\":[\"SUPPLIER_ORDERS\"]}");
		mvc.perform(bearer(get("/api/v1/group-buys"), token)).andExpect(status().isOk());
		// Within the scope: what the account itself may see decides (not the token's scope refusal)
		mvc.perform(bearer(get("/api/v1/group-buys/1/orders"), token)).andExpect(jsonPath("$.field").doesNotExist());
		mvc.perform(bearer(get("/api/v1/suppliers"), token)).andExpect(status().isForbidden());
		mvc.perform(bearer(get("/api/v1/screening/results/uploads"), token)).andExpect(status().isForbidden());
	}

	@Test
	void aScopeMustFitTheAccountAndAnEndLieAhead() throws Exception {
		mvc.perform(post("/api/v1/tokens").with(httpBasic("committee", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scopes\":[\"LAB_RESULTS\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("scopes"));
		mvc.perform(post("/api/v1/tokens").with(httpBasic("lab", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scopes\":[\"EVERYTHING\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("scopes"));
		mvc.perform(post("/api/v1/tokens").with(httpBasic("lab", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"expiresAt\":\"2020-01-01T00:00:00Z\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("expiresAt"));
	}

	@Test
	void aRefusedScopeIsSaidInTheReadersLanguage() throws Exception {
		mvc.perform(post("/api/v1/tokens").with(httpBasic("committee", "demo")).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scopes\":[\"LAB_RESULTS\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("COMMITTEE_STAFF 账号不能持有 LAB_RESULTS 范围的令牌"));
		mvc.perform(post("/api/v1/tokens").with(httpBasic("committee", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"scopes\":[\"LAB_RESULTS\"]}"))
			.andExpect(jsonPath("$.detail").value("a COMMITTEE_STAFF account cannot have a token of scope LAB_RESULTS"));
	}

	@Test
	void aTokenStopsAtItsEnd() throws Exception {
		String token = issue("lab", "{\"scopes\":[\"LAB_RESULTS\"],\"expiresAt\":\"" + Instant.now().plusSeconds(2) + "\"}");
		mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isOk());
		Thread.sleep(2_500);
		mvc.perform(bearer(get("/api/v1/me"), token)).andExpect(status().isUnauthorized());
	}

	@Test
	void aRotatedTokenKeepsWorkingForTheGracePeriod() throws Exception {
		String issued = issueAnswer("lab", "{\"label\":\"lims\",\"scopes\":[\"LAB_RESULTS\"]}");
		String old = JsonPath.read(issued, "$.token");
		long id = ((Number) JsonPath.read(issued, "$.id")).longValue();

		String rotated = mvc.perform(post("/api/v1/tokens/" + id + "/rotate").with(httpBasic("lab", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scopes[0]").value("LAB_RESULTS"))
			.andExpect(jsonPath("$.label").value("lims"))
			.andReturn().getResponse().getContentAsString();
		String next = JsonPath.read(rotated, "$.token");
		mvc.perform(bearer(get("/api/v1/me"), old)).andExpect(status().isOk());
		mvc.perform(bearer(get("/api/v1/me"), next)).andExpect(status().isOk());

		long nextId = ((Number) JsonPath.read(rotated, "$.id")).longValue();
		String last = JsonPath.read(mvc.perform(post("/api/v1/tokens/" + nextId + "/rotate").with(httpBasic("lab", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"graceMinutes\":0}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.token");
		mvc.perform(bearer(get("/api/v1/me"), next)).andExpect(status().isUnauthorized());
		mvc.perform(bearer(get("/api/v1/me"), last)).andExpect(status().isOk());
	}

	private String issue(String user, String body) throws Exception {
		return JsonPath.read(issueAnswer(user, body), "$.token");
	}

	private String issueAnswer(String user, String body) throws Exception {
		return mvc.perform(post("/api/v1/tokens").with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}
}
