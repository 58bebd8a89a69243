package org.lifeline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in that cannot be turned against its users: failed passwords do not take API tokens offline, one client
 * cannot spray passwords over many usernames, and a locked account answers like an unknown one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInAbuseIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	SignInFailures failures;

	TestCity city;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
	}

	@Test
	void fiveWrongPasswordsLockThePasswordButNotTheLabsToken() throws Exception {
		LifelineUser lab = city.user(Role.LAB, territory.city());
		String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(lab.username(), TestCity.PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(issued, "$.token");
		RequestPostProcessor attacker = from(address());
		for (int i = 0; i < LoginThrottle.FAILURES; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(lab.username(), "guess-" + i)).with(attacker))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(lab.username(), TestCity.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void oneClientSprayingManyUsernamesIsStopped() throws Exception {
		RequestPostProcessor sprayer = from(address());
		int refused = 0;
		for (int i = 0; i < 40; i++) {
			int status = mvc.perform(get("/api/v1/me").with(httpBasic("sprayed-" + i + "-" + city.committee.code(), "Spring2022!"))
				.with(sprayer)).andReturn().getResponse().getStatus();
			if (status == 429) {
				refused++;
			}
			else {
				assertThat(status).isEqualTo(401);
			}
		}
		assertThat(refused).isEqualTo(40 - failures.limit());
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		mvc.perform(get("/api/v1/me").with(httpBasic(committee.username(), TestCity.PASSWORD)).with(sprayer))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/api/v1/me").with(httpBasic(committee.username(), TestCity.PASSWORD)).with(from(address())))
			.andExpect(status().isOk());
	}

	@Test
	void aLockedAccountAnswersLikeAnUnknownOne() throws Exception {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		for (int i = 0; i < LoginThrottle.FAILURES; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(committee.username(), "guess-" + i)).with(from(address())));
		}
		MockHttpServletResponse locked = mvc.perform(get("/api/v1/me")
			.with(httpBasic(committee.username(), TestCity.PASSWORD)).with(from(address()))).andReturn().getResponse();
		MockHttpServletResponse unknown = mvc.perform(get("/api/v1/me")
			.with(httpBasic("nobody-" + city.committee.code().toLowerCase(), TestCity.PASSWORD)).with(from(address())))
			.andReturn().getResponse();
		assertThat(locked.getStatus()).isEqualTo(unknown.getStatus()).isEqualTo(401);
		assertThat(locked.getContentAsString()).isEqualTo(unknown.getContentAsString());

		assertThat(loginPage(committee.username())).isEqualTo(loginPage("nobody-" + city.committee.code().toLowerCase()));
	}

	/** What the sign-in page says after a form sign-in with the right password. */
	private String loginPage(String username) throws Exception {
		MvcResult failed = mvc.perform(post("/login").param("username", username).param("password", TestCity.PASSWORD)
			.with(csrf()).with(from(address()))).andExpect(status().is3xxRedirection()).andReturn();
		jakarta.servlet.http.Cookie session = failed.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		String page = mvc.perform(get("/login").param("error", "").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int at = page.indexOf("id=\"login-error\"");
		assertThat(at).isPositive();
		return page.substring(at, page.indexOf("</div>", at));
	}

	private static String address() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
