package org.lifeline.requests;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Open311 GeoReport v2 as existing clients use it: discovery, services, filing with a key, public and full lists. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class Open311IntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	TestCity city;

	ResidentView resident;

	String key;

	@BeforeEach
	void city() throws Exception {
		city = new TestCity(territory, residents, users);
		resident = city.resident(city.compound, "502", "陈静");
		LifelineUser hotline = city.user(Role.HOTLINE_OPERATOR, city.district);
		String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(hotline.username(), TestCity.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"label\":\"open311\"}")).andReturn().getResponse().getContentAsString();
		key = JsonPath.read(issued, "$.token");
	}

	@Test
	void discoveryAndServicesInJsonAndXml() throws Exception {
		mvc.perform(get("/open311/v2/discovery.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endpoints[0].formats[1]", is("application/json")));
		mvc.perform(get("/open311/v2/discovery.xml")).andExpect(xpath("/discovery/endpoints/endpoint/formats/format").nodeCount(2));
		mvc.perform(get("/open311/v2/services.json"))
			.andExpect(jsonPath("$[0].service_code", is("FOOD")))
			.andExpect(jsonPath("$[1].metadata", is(true)));
		mvc.perform(get("/open311/v2/services.xml"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/services/service[1]/service_code").string("FOOD"));
		mvc.perform(get("/open311/v2/services/MEDICAL.xml"))
			.andExpect(xpath("/service_definition/attributes/attribute/code").string("critical"));
		mvc.perform(get("/open311/v2/services/PIZZA.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code", is(404)));
	}

	@Test
	void filingNeedsAKey() throws Exception {
		mvc.perform(form("/open311/v2/requests.json", null).param("service_code", "FOOD").param("description", "x")
			.param("address_id", String.valueOf(resident.householdId())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code", is(403)));
		mvc.perform(form("/open311/v2/requests.xml", null).param("service_code", "FOOD"))
			.andExpect(status().isForbidden())
			.andExpect(xpath("/errors/error/code").string("403"));
	}

	@Test
	void anUnknownKeyIsRefusedInTheSpecsFormat() throws Exception {
		mvc.perform(form("/open311/v2/requests.json", "ll_not-a-real-key").param("service_code", "FOOD")
			.param("description", "x").param("address_id", String.valueOf(resident.householdId())))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$[0].code", is(403)))
			.andExpect(jsonPath("$[0].description", containsString("unknown or revoked")));
		mvc.perform(get("/open311/v2/requests.xml").param("api_key", "ll_not-a-real-key"))
			.andExpect(status().isForbidden())
			.andExpect(xpath("/errors/error/description").string(containsString("unknown or revoked")));
	}

	@Test
	void aKeyHolderFilesByHouseholdAndReadsTheFullRecord() throws Exception {
		String body = mvc.perform(form("/open311/v2/requests.json", key).param("service_code", "FOOD")
			.param("description", "缺少食物").param("address_id", String.valueOf(resident.householdId()))
			.param("phone", resident.phone()).param("jurisdiction_id", city.district.code()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].service_request_id", notNullValue()))
			.andExpect(jsonPath("$[0].token", notNullValue()))
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(body, "$[0].service_request_id");
		String token = JsonPath.read(body, "$[0].token");
		mvc.perform(get("/open311/v2/requests/" + id + ".json").param("api_key", key))
			.andExpect(jsonPath("$[0].description", is("缺少食物")))
			.andExpect(jsonPath("$[0].address_id", is((int) resident.householdId())))
			.andExpect(jsonPath("$[0].status", is("open")))
			.andExpect(jsonPath("$[0].expected_datetime", notNullValue()))
			.andExpect(jsonPath("$[0]", not(hasKey("phone"))))
			.andExpect(content().string(not(containsString(resident.phone()))));
		mvc.perform(get("/open311/v2/requests/" + id + ".json"))
			.andExpect(jsonPath("$[0].status", is("open")))
			.andExpect(jsonPath("$[0]", not(hasKey("description"))))
			.andExpect(jsonPath("$[0]", not(hasKey("address"))));
		mvc.perform(get("/open311/v2/requests.xml").param("service_request_id", String.valueOf(id)))
			.andExpect(xpath("/service_requests/request/service_request_id").string(String.valueOf(id)))
			.andExpect(xpath("/service_requests/request/description").doesNotExist());
		mvc.perform(get("/open311/v2/tokens/" + token + ".json")).andExpect(jsonPath("$[0].service_request_id", is(id)));
		mvc.perform(get("/open311/v2/requests.json").param("api_key", key).param("service_code", "FOOD")
			.param("status", "open").param("jurisdiction_id", city.district.code()))
			.andExpect(jsonPath("$[0].service_request_id", is(id)));
	}

	@Test
	void placesByAddressOrPointGoToTheCompoundsCommittee() throws Exception {
		mvc.perform(form("/open311/v2/requests.json", key).param("service_code", "MEDICAL")
			.param("attribute[critical]", "true").param("description", "老人摔倒")
			.param("address_string", city.compound.name() + "1号楼502"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].service_notice", containsString("120")));
		String body = mvc.perform(form("/open311/v2/requests.json", key).param("service_code", "GARBAGE_PARCELS")
			.param("description", "垃圾没人收").param("lat", "31.2").param("long", "121.4"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		int id = JsonPath.read(body, "$[0].service_request_id");
		mvc.perform(get("/open311/v2/requests/" + id + ".json").param("api_key", key))
			.andExpect(jsonPath("$[0].lat", is(31.2)))
			.andExpect(jsonPath("$[0].address_id").doesNotExist());
	}

	@Test
	void badInputIsAnErrorListNamingTheField() throws Exception {
		mvc.perform(form("/open311/v2/requests.json", key).param("service_code", "PIZZA").param("description", "x")
			.param("lat", "31.2").param("long", "121.4"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].code", is(400)))
			.andExpect(jsonPath("$[0].description", containsString("service_code")));
		mvc.perform(form("/open311/v2/requests.json", key).param("service_code", "FOOD").param("description", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description", containsString("location")));
		mvc.perform(form("/open311/v2/requests.xml", key).param("service_code", "FOOD").param("description", "x")
			.param("lat", "31.2").param("long", "121.4").param("colour", "red"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/description").string(containsString("colour")));
		mvc.perform(get("/open311/v2/requests.json").param("jurisdiction_id", "NOWHERE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code", is(404)));
	}

	MockHttpServletRequestBuilder form(String path, String apiKey) {
		MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		return apiKey == null ? request : request.param("api_key", apiKey);
	}
}
