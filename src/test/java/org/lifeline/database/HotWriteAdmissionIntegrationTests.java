package org.lifeline.database;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every hot write path sits behind a bounded admission: with no room left (here a limit of 0) a lab result upload
 * and a group-buy order are answered 503 with Retry-After at once, before sign-in, while reads of the same
 * paths still pass.
 */
@SpringBootTest(properties = { "lifeline.screening.results.concurrent=0", "lifeline.supplies.orders.concurrent=0",
		"lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HotWriteAdmissionIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aLabResultUploadBeyondTheLimitHearsBusyAtOnce() throws Exception {
		mvc.perform(post("/api/v1/screening/results").with(httpBasic("lab", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"results\":[]}"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "1"))
			.andExpect(content().contentType("application/problem+json"))
			.andExpect(content().string(Matchers.containsString("nothing of this upload is stored")));
	}

	@Test
	void aGroupBuyOrderBeyondTheLimitHearsBusyAtOnce() throws Exception {
		for (String path : new String[] { "/api/v1/group-buys/1/orders", "/group-buys/1/orders" }) {
			mvc.perform(post(path).with(httpBasic("resident", "demo")).contentType(MediaType.APPLICATION_JSON).content("{}"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "1"))
				.andExpect(content().string(Matchers.containsString("the order is not placed")));
		}
	}

	@Test
	void readsOfTheSamePathsPass() throws Exception {
		mvc.perform(get("/api/v1/group-buys").with(httpBasic("committee", "demo")))
			.andExpect(status().is(Matchers.not(503)));
	}
}
