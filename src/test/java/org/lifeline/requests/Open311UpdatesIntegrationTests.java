package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
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

/**
 * Open311 as FixMyStreet's client uses it: service request updates polled by time window and posted as
 * comments, filings with the fields that client sends, a committee's key, and every error in the spec's format.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class Open311UpdatesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	RequestWork work;

	@Autowired
	RequestQueries queries;

	@Autowired
	MovableClock clock;

	TestCity city;

	ResidentView resident;

	String key;

	@BeforeEach
	void city() throws Exception {
		city = new TestCity(territory, residents, users);
		resident = city.resident(city.compound, "502", "陈静");
		key = keyOf(city.user(Role.HOTLINE_OPERATOR, city.district));
	}

	@Test
	void updatesOfAWindowCarryStableIdsStatusAndTheNote() throws Exception {
		String start = w3c(clock.instant().minusSeconds(1));
		long id = file("FOOD", "缺少食物");
		clock.advance(Duration.ofMinutes(5));
		work.acknowledge(id, TerritoryScope.everything(), "committee-staff");
		clock.advance(Duration.ofMinutes(5));
		work.resolve(id, "送去大米和蔬菜", TerritoryScope.everything(), "committee-staff");
		String end = w3c(clock.instant());

		String xml = mvc.perform(get("/open311/v2/servicerequestupdates.xml").param("api_key", key)
			.param("start_date", start).param("end_date", end).param("jurisdiction_id", city.district.code()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_XML))
			.andExpect(xpath("/service_request_updates/request_update").nodeCount(3))
			.andExpect(xpath("/service_request_updates/request_update[1]/status").string("open"))
			.andExpect(xpath("/service_request_updates/request_update[3]/service_request_id").string(String.valueOf(id)))
			.andExpect(xpath("/service_request_updates/request_update[3]/status").string("closed"))
			.andExpect(xpath("/service_request_updates/request_update[3]/description").string("送去大米和蔬菜"))
			.andExpect(xpath("/service_request_updates/request_update[3]/updated_datetime").string(end))
			.andReturn().getResponse().getContentAsString();
		String json = mvc.perform(get("/open311/v2/servicerequestupdates.json").param("api_key", key)
			.param("start_date", start).param("end_date", end))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[2].status", is("closed")))
			.andReturn().getResponse().getContentAsString();
		int lastUpdate = JsonPath.read(json, "$[2].update_id");
		assertThat(xml).contains("<update_id>" + lastUpdate + "</update_id>");
		String again = mvc.perform(get("/open311/v2/servicerequestupdates.xml").param("api_key", key)
			.param("start_date", start).param("end_date", end)).andReturn().getResponse().getContentAsString();
		assertThat(again).isEqualTo(xml);

		mvc.perform(get("/open311/v2/servicerequestupdates.xml").param("api_key", key)
			.param("start_date", "2022-04-01T00:00:00+08:00").param("end_date", "2022-04-02T00:00:00+08:00"))
			.andExpect(status().isOk())
			.andExpect(xpath("/service_request_updates").exists())
			.andExpect(xpath("/service_request_updates/request_update").doesNotExist());
		mvc.perform(get("/open311/v2/servicerequestupdates.json").param("start_date", start).param("end_date", end))
			.andExpect(jsonPath("$[?(@.service_request_id == " + id + ")].status", is(List.of("open", "open", "closed"))))
			.andExpect(jsonPath("$[?(@.service_request_id == " + id + ")].description", is(List.of())));
	}

	@Test
	void aCommentFromTheClientIsAnsweredWithItsUpdateIdAndBecomesTheStatusNote() throws Exception {
		long id = file("MEDICINE", "降压药吃完了");
		String answer = mvc.perform(form("/open311/v2/servicerequestupdates.xml").param("service_request_id", String.valueOf(id))
			.param("description", "Resident says the pharmacy is closed").param("status", "OPEN")
			.param("first_name", "Jing").param("last_name", "Chen").param("email", "jing@example.org")
			.param("update_id", "77").param("updated_datetime", w3c(clock.instant()))
			.param("public_anonymity_required", "FALSE").param("jurisdiction_id", city.district.code()))
			.andExpect(status().isCreated())
			.andExpect(xpath("/service_request_updates/request_update/update_id").exists())
			.andReturn().getResponse().getContentAsString();
		String updateId = answer.replaceAll(".*<update_id>(\\d+)</update_id>.*", "$1");
		assertThat(updateId).isNotEqualTo("77");
		mvc.perform(get("/open311/v2/servicerequestupdates.json").param("api_key", key))
			.andExpect(jsonPath("$[?(@.update_id == " + updateId + ")].description",
					is(List.of("Jing Chen: Resident says the pharmacy is closed"))));
		mvc.perform(get("/open311/v2/requests/" + id + ".json").param("api_key", key))
			.andExpect(jsonPath("$[0].status_notes", is("Jing Chen: Resident says the pharmacy is closed")));
		mvc.perform(form("/open311/v2/servicerequestupdates.json").param("service_request_id", "999999999")
			.param("description", "x"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code", is(404)));
	}

	@Test
	void aCommitteeKeyWithItsOwnDistrictNarrowsToItsCommittee() throws Exception {
		long id = file("FOOD", "缺少食物");
		String committeeKey = keyOf(city.user(Role.COMMITTEE_STAFF, city.committee));
		mvc.perform(get("/open311/v2/requests.json").param("api_key", committeeKey)
			.param("jurisdiction_id", city.district.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id", is((int) id)));
		mvc.perform(get("/open311/v2/servicerequestupdates.json").param("api_key", committeeKey)
			.param("jurisdiction_id", city.district.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id", is((int) id)));
		String otherDistrict = new TestCity(territory, residents, users).district.code();
		mvc.perform(get("/open311/v2/requests.json").param("api_key", committeeKey).param("jurisdiction_id", otherDistrict))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code", is(404)));
	}

	@Test
	void aFilingAsFixMyStreetSendsItIsAccepted() throws Exception {
		String detail = "路灯坏了".repeat(600);
		String body = mvc.perform(multipart("/open311/v2/requests.xml").param("api_key", key)
			.param("jurisdiction_id", city.district.code()).param("service_code", "OTHER")
			.param("description", detail).param("lat", "31.2003").param("long", "121.4002")
			.param("first_name", "Jing").param("last_name", "Chen").param("email", "jing@example.org")
			.param("phone", "+86 139-1234-5678").param("deviceid", "phone-7")
			.param("attribute[easting]", "530000").param("attribute[fms_extra_title]", "Dr")
			.param("media_url", "https://example.org/1.jpg", "https://example.org/2.jpg"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(body.replaceAll(".*<service_request_id>(\\d+)</service_request_id>.*", "$1"));
		RequestView filed = queries.byId(id, TerritoryScope.everything());
		assertThat(filed.description()).hasSize(RequestDraft.MAX_DESCRIPTION).endsWith("…");
		assertThat(filed.contactName()).isEqualTo("Jing Chen");
		assertThat(filed.contactPhone()).isEqualTo("13912345678");
		assertThat(filed.mediaUrl()).isEqualTo("https://example.org/1.jpg");
	}

	@Test
	void aPointFarOutsideIsRefusedNotFiledToTheNearestCompound() throws Exception {
		mvc.perform(form("/open311/v2/requests.xml").param("service_code", "OTHER").param("description", "pothole")
			.param("lat", "51.5007").param("long", "-0.1246"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/code").string("400"))
			.andExpect(xpath("/errors/error/description").string(containsString("outside")));
	}

	@Test
	void everyErrorUnderOpen311IsAGeoReportErrorList() throws Exception {
		mvc.perform(get("/open311/v2/nothing-here.json"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$[0].code", is(404)));
		mvc.perform(get("/open311/v2/nothing-here.xml"))
			.andExpect(status().isNotFound())
			.andExpect(xpath("/errors/error/code").string("404"));
		mvc.perform(delete("/open311/v2/requests.json").param("api_key", key))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "GET, POST"))
			.andExpect(jsonPath("$[0].code", is(405)));
		mvc.perform(post("/open311/v2/discovery.xml").param("api_key", key))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(xpath("/errors/error/code").string("405"));
		mvc.perform(post("/open311/v2/requests.json").param("api_key", key).contentType(MediaType.APPLICATION_JSON)
			.content("{\"service_code\":\"FOOD\"}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$[0].code", is(415)));
		mvc.perform(get("/open311/v2/servicerequestupdates.xml").param("start_date", "yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(xpath("/errors/error/description").string(containsString("start_date")));
	}

	private long file(String service, String description) throws Exception {
		String body = mvc.perform(form("/open311/v2/requests.json").param("service_code", service)
			.param("description", description).param("address_id", String.valueOf(resident.householdId()))
			.param("phone", resident.phone()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$[0].service_request_id")).longValue();
	}

	private String keyOf(LifelineUser user) throws Exception {
		String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(user.username(), TestCity.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"label\":\"open311\"}")).andReturn().getResponse().getContentAsString();
		return JsonPath.read(issued, "$.token");
	}

	private MockHttpServletRequestBuilder form(String path) {
		return post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key);
	}

	private String w3c(Instant at) {
		return OffsetDateTime.ofInstant(at, clock.getZone()).withNano(0).format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
