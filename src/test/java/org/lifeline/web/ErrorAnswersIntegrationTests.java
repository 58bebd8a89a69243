package org.lifeline.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Bad input is answered 400 by the name of the field and what is wrong with its value: impossible dates, wrong
 * types, unknown values, over-long text, NUL characters, numbers out of range. No answer names a Java class.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ErrorAnswersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	LifelineUser district;

	String tag;

	@BeforeEach
	void city() {
		TestCity city = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		tag = city.committee.code();
	}

	@Test
	void impossibleDatesAndWrongTypesNameTheField() throws Exception {
		supplier("\"name\":\"超市" + tag + "\",\"certificateNo\":\"C-" + tag + "\",\"validUntil\":\"2022-02-30\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("validUntil")))
			.andExpect(jsonPath("$.detail", containsString("yyyy-mm-dd")))
			.andExpect(content().string(noJavaClass()));
		supplier("\"name\":\"超市" + tag + "\",\"certificateNo\":{\"no\":1},\"validUntil\":\"2030-01-01\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("certificateNo")))
			.andExpect(content().string(noJavaClass()));
		mvc.perform(post("/api/v1/users").with(basic(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"king-" + tag.toLowerCase() + "\",\"password\":\"long-password-1\",\"role\":\"KING\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("role")))
			.andExpect(jsonPath("$.detail", containsString("COMMITTEE_STAFF")))
			.andExpect(content().string(noJavaClass()));
		mvc.perform(get("/api/v1/suppliers/not-a-number").with(basic(district)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("id")))
			.andExpect(content().string(noJavaClass()));
	}

	@Test
	void overLongNulAndOutOfRangeValuesAre400NamingTheField() throws Exception {
		supplier("\"name\":\"" + "超".repeat(101) + "\",\"certificateNo\":\"L-" + tag + "\",\"validUntil\":\"2030-01-01\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("name")))
			.andExpect(jsonPath("$.detail", containsString("100 characters")))
			.andExpect(content().string(noJavaClass()));
		supplier("\"name\":\"超\\u0000市" + tag + "\",\"certificateNo\":\"N-" + tag + "\",\"validUntil\":\"2030-01-01\"")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("name")))
			.andExpect(content().string(noJavaClass()));
		mvc.perform(post("/api/v1/suppliers/1/packages").with(basic(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"包\",\"contents\":[\"米\"],\"priceFen\":99999999999,\"stock\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("priceFen")))
			.andExpect(content().string(noJavaClass()));
	}

	private ResultActions supplier(String fields) throws Exception {
		return mvc.perform(post("/api/v1/suppliers").with(basic(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{" + fields + ",\"contactName\":\"王\",\"contactPhone\":\"13700000000\"}"));
	}

	private static Matcher<String> noJavaClass() {
		return not(org.hamcrest.Matchers.matchesPattern("(?s).*\\b(java|javax|jakarta|org|tools|com)\\.[a-z]+\\.[A-Za-z.]+.*"));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
