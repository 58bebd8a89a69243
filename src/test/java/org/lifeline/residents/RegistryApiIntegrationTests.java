package org.lifeline.residents;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The territory, resident and zone API as a district user drives it, with the errors bad input gets. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	TestCity city;

	RequestPostProcessor district;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		LifelineUser user = city.user(Role.DISTRICT_COMMAND, city.district);
		district = httpBasic(user.username(), TestCity.PASSWORD);
	}

	@Test
	void territoryNodesListTheirChildren() throws Exception {
		mvc.perform(get("/api/v1/territory/" + city.street.code()).with(district))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind", is("STREET")))
			.andExpect(jsonPath("$.parentCode", is(city.district.code())))
			.andExpect(jsonPath("$.children[*].code", hasItem(city.committee.code())))
			.andExpect(jsonPath("$.children[0].kind", is("COMMITTEE")));
		mvc.perform(get("/api/v1/territory").with(district)).andExpect(jsonPath("$.code", is(city.district.code())));
		mvc.perform(get("/api/v1/territory/NO-SUCH-NODE").with(district))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
	}

	@Test
	void registersFindsAndChangesAResident() throws Exception {
		LocalDate birth = LocalDate.of(1938, 7, 2);
		String idNumber = TestCity.idNumber(birth, org.lifeline.residents.Sex.M);
		String body = """
				{"compoundCode":"%s","building":"7","room":"1203","name":"陈德华","idType":"RESIDENT_ID",
				 "idNumber":"%s","phone":"13612345678","birthDate":"1938-07-02","sex":"M",
				 "tags":["AGED_80_PLUS","DIALYSIS"]}""".formatted(city.compound.code(), idNumber);
		String created = perform(post("/api/v1/residents"), body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.buildingCode", is(city.compound.code() + "-B7")))
			.andExpect(jsonPath("$.compoundCode", is(city.compound.code())))
			.andExpect(jsonPath("$.committeeCode", is(city.committee.code())))
			.andExpect(jsonPath("$.idNumber", is(idNumber.substring(0, 6) + "********" + idNumber.substring(14))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Integer id = JsonPath.read(created, "$.id");

		perform(patch("/api/v1/residents/" + id), "{\"medicalProfile\":{\"dialysisHospitalCode\":\"H-TEST-1\",\"longTermMedicines\":[\"氨氯地平片\"]}}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.medicalProfile.dialysisHospitalCode", is("H-TEST-1")))
			.andExpect(jsonPath("$.medicalProfile.longTermMedicines[0]", is("氨氯地平片")))
			.andExpect(jsonPath("$.name", is("陈德华")));

		for (String q : new String[] { "陈德", "13612345678", idNumber, "测试路100" }) {
			mvc.perform(get("/api/v1/residents").param("q", q).param("territory", city.district.code()).with(district))
				.andExpect(jsonPath("$.items[*].id", hasItem(id)));
		}
		mvc.perform(get("/api/v1/households").param("territory", city.compound.code()).with(district))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].room", is("1203")));
	}

	@Test
	void badInputNamesTheField() throws Exception {
		String badChecksum = TestCity.idNumber(LocalDate.of(1980, 1, 1), org.lifeline.residents.Sex.F);
		badChecksum = badChecksum.substring(0, 17) + (badChecksum.charAt(17) == '1' ? '2' : '1');
		perform(post("/api/v1/residents"), """
				{"compoundCode":"%s","building":"1","room":"1","name":"张三","idType":"RESIDENT_ID",
				 "idNumber":"%s","birthDate":"1980-01-01","sex":"F"}""".formatted(city.compound.code(), badChecksum))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("idNumber")))
			.andExpect(jsonPath("$.detail", containsString("check digit")));
		mvc.perform(post("/api/v1/residents").with(district).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content("""
				{"compoundCode":"%s","building":"1","room":"1","name":"张三","idType":"RESIDENT_ID",
				 "idNumber":"%s","birthDate":"1980-01-01","sex":"F"}""".formatted(city.compound.code(), badChecksum)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("idNumber")))
			.andExpect(jsonPath("$.detail", is("校验位不对（号码是否输错？）")));
		perform(post("/api/v1/residents"), "{\"name\":\"张三\",\"shoeSize\":42}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("shoeSize")));
		perform(post("/api/v1/residents"), "{\"name\":").andExpect(status().isBadRequest());
		perform(post("/api/v1/residents"), "{\"sex\":\"X\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("sex")));
		perform(patch("/api/v1/residents/1"), "{\"tags\":[\"NOT_A_TAG\"]}").andExpect(status().is4xxClientError());
		mvc.perform(get("/api/v1/residents").param("size", "100000").with(district))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("size")));
	}

	@Test
	void aRefusalIsSaidInTheReadersLanguage() throws Exception {
		mvc.perform(patch("/api/v1/residents/1").with(district).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("body")))
			.andExpect(jsonPath("$.detail", is("请至少提供一个要修改的字段")));
		perform(patch("/api/v1/residents/1"), "{}").andExpect(jsonPath("$.detail", is("give at least one field to change")));
	}

	@Test
	void zoneChangesKeepTheirHistory() throws Exception {
		String url = "/api/v1/zones/" + city.compound.code();
		perform(put(url), "{\"zone\":\"SEALED\",\"reason\":\"新增阳性 1 例\"}").andExpect(status().isOk());
		perform(put(url), "{\"zone\":\"CONTROLLED\",\"reason\":\"7 天无新增\"}").andExpect(status().isOk());
		mvc.perform(get(url).with(district))
			.andExpect(jsonPath("$.zone", is("CONTROLLED")))
			.andExpect(jsonPath("$.history.length()", is(2)))
			.andExpect(jsonPath("$.history[1].to", is("SEALED")))
			.andExpect(jsonPath("$.history[0].from", is("SEALED")));
		perform(put(url), "{\"zone\":\"SEALED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("reason")));
		perform(put(url), "{\"zone\":\"LOCKED\",\"reason\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("zone")));
		perform(put("/api/v1/zones/" + city.committee.code()), "{\"zone\":\"SEALED\",\"reason\":\"x\"}")
			.andExpect(status().isNotFound());
	}

	private ResultActions perform(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc.perform(request.with(district).contentType(MediaType.APPLICATION_JSON).content(body));
	}
}
