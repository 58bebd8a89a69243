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

	LifelineUser committee;

	String tag;

	@BeforeEach
	void city() {
		TestCity city = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
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

	@Test
	void detailsSpeakTheCallersLanguageWhileTheMachineFieldsStay() throws Exception {
		String impossibleDate = "\"name\":\"超市" + tag + "\",\"certificateNo\":\"L-" + tag + "\",\"validUntil\":\"2022-02-30\"";
		supplier(impossibleDate, "zh-CN").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title", is("Invalid input")))
			.andExpect(jsonPath("$.field", is("validUntil")))
			.andExpect(jsonPath("$.detail", containsString("字段“validUntil”必须是存在的日期")));
		supplier(impossibleDate, "en").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title", is("Invalid input")))
			.andExpect(jsonPath("$.detail", containsString("field 'validUntil' must be a date that exists")));

		mvc.perform(get("/api/v1/requests/987654321").with(basic(district)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title", is("Not found")))
			.andExpect(jsonPath("$.detail", is("未找到诉求 987654321")));
		mvc.perform(get("/api/v1/requests/987654321").with(basic(district)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.detail", is("request 987654321 not found")));
		mvc.perform(get("/api/v1/requests/987654321").with(basic(district)))
			.andExpect(jsonPath("$.detail", is("request 987654321 not found")));
		mvc.perform(get("/api/v1/suppliers/not-a-number").with(basic(district)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("id")))
			.andExpect(jsonPath("$.detail", containsString("参数“id”的值无效")));

		supplier("\"name\":\"" + "超".repeat(101) + "\",\"certificateNo\":\"Z-" + tag + "\",\"validUntil\":\"2030-01-01\"", "zh-CN")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("name")))
			.andExpect(jsonPath("$.detail", is("字段“name”超过 100 个字符")));
		supplier("\"name\":\"" + "超".repeat(101) + "\",\"certificateNo\":\"E-" + tag + "\",\"validUntil\":\"2030-01-01\"", "en")
			.andExpect(jsonPath("$.detail", is("field 'name' is longer than 100 characters")));
		mvc.perform(get("/api/v1/requests").header("Accept-Language", "zh-CN"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title", is("Unauthorized")))
			.andExpect(jsonPath("$.detail", containsString("登录")));
		mvc.perform(get("/api/v1/audit").with(basic(committee)).header("Accept-Language", "zh-CN"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title", is("Forbidden")))
			.andExpect(jsonPath("$.detail", is("您的角色无权执行此操作")));
		for (String language : new String[] { "zh-CN", "en" }) {
			mvc.perform(post("/api/v1/requests").with(basic(district)).header("Accept-Language", language)
				.contentType(MediaType.APPLICATION_JSON).content("{\"residentId\":1,\"description\":\"缺米\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field", is("category")))
				.andExpect(jsonPath("$.detail", is(language.equals("en") ? "category is required" : "必须填写 category")));
		}

		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "NOWHERE").header("Accept-Language", "zh-CN"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code", is(404)))
			.andExpect(jsonPath("$[0].description", containsString("未找到")));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "NOWHERE"))
			.andExpect(jsonPath("$[0].description", containsString("not found")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/open311/v2/requests.json")
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(jsonPath("$[0].code", is(405)))
			.andExpect(jsonPath("$[0].description", containsString("不支持请求方法")));
	}

	private ResultActions supplier(String fields, String language) throws Exception {
		return mvc.perform(post("/api/v1/suppliers").with(basic(district)).header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{" + fields + ",\"contactName\":\"王\",\"contactPhone\":\"13700000000\"}"));
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
