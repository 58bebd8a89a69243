package org.lifeline.medical;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A district registers its hospitals and a fleet its vehicles over the JSON API: what is registered is listed and
 * routed to at once, bad input is a 400 naming the field with nothing saved, and nobody registers outside their
 * district or fleet. The hospital list and the fleet page register through their forms.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistrationApiIntegrationTests {

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

	TestCity city;

	TestCity elsewhere;

	LifelineUser district;

	LifelineUser street;

	String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		elsewhere = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		street = city.user(Role.STREET_TASK_FORCE, city.street);
	}

	@Test
	void aDistrictRegistersADialysisHospitalThatIsListedWithItsSlots() throws Exception {
		post("/api/v1/hospitals", district, """
				{"name": "瑞金医院%s", "district": "%s", "address": "瑞金二路197号", "lat": 31.21, "lon": 121.47,
				 "kinds": ["dialysis", "GENERAL"], "dialysisSlots": 12}""".formatted(tag, city.district.code()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.code").isNotEmpty())
			.andExpect(jsonPath("$.open", is(true)))
			.andExpect(jsonPath("$.kinds", contains("DIALYSIS", "GENERAL")))
			.andExpect(jsonPath("$.dialysisSlots", is(12)))
			.andExpect(jsonPath("$.districtCode", is(city.district.code())));
		mvc.perform(get("/api/v1/hospitals").with(DialysisTransferStoryTests.as(street)))
			.andExpect(jsonPath("$.items[*].name", hasItem("瑞金医院" + tag)));
	}

	@Test
	void aHospitalWithAMissingOrWrongFieldIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		String good = """
				"name": "新华医院%s", "district": "%s", "lat": 31.2, "lon": 121.5""".formatted(tag, city.district.code());
		refused("/api/v1/hospitals", district, "{" + good + "}", "kinds");
		refused("/api/v1/hospitals", district, "{" + good + ", \"kinds\": [\"ZOO\"]}", "kinds");
		refused("/api/v1/hospitals", district, "{" + good.replace("\"lat\": 31.2", "\"lat\": 95") + ", \"kinds\": [\"GENERAL\"]}", "lat");
		refused("/api/v1/hospitals", district, "{" + good.replace(city.district.code(), "nowhere") + ", \"kinds\": [\"GENERAL\"]}", "district");
		refused("/api/v1/hospitals", district, "{\"district\": \"" + city.district.code() + "\", \"lat\": 31, \"lon\": 121, \"kinds\": [\"GENERAL\"]}", "name");
		refused("/api/v1/hospitals", district, "{" + good + ", \"kinds\": [\"GENERAL\"], \"dialysisSlots\": -1}", "dialysisSlots");
		mvc.perform(get("/api/v1/hospitals").with(DialysisTransferStoryTests.as(district)))
			.andExpect(jsonPath("$.items[*].name", not(hasItem("新华医院" + tag))));
	}

	@Test
	void aDistrictRegistersOnlyInItsOwnDistrictAndACodeIsTakenOnce() throws Exception {
		String body = """
				{"code": "REG-%s", "name": "外区医院", "district": "%s", "lat": 31, "lon": 121, "kinds": ["GENERAL"]}""";
		post("/api/v1/hospitals", district, body.formatted(tag, elsewhere.district.code())).andExpect(status().isForbidden());
		post("/api/v1/hospitals", street, body.formatted(tag, city.district.code())).andExpect(status().isForbidden());
		post("/api/v1/hospitals", district, body.formatted(tag, city.district.code())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.code", is("REG-" + tag)));
		post("/api/v1/hospitals", district, body.formatted(tag, city.district.code())).andExpect(status().isConflict());
	}

	@Test
	void aStreetRegistersAVehicleInItsFleetThatIsListedAvailable() throws Exception {
		post("/api/v1/vehicles", street, """
				{"plate": "沪A·%s", "type": "wheelchair_van", "street": "%s", "seats": 3}""".formatted(tag, city.street.code()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.type", is("WHEELCHAIR_VAN")))
			.andExpect(jsonPath("$.seats", is(3)))
			.andExpect(jsonPath("$.status", is("AVAILABLE")))
			.andExpect(jsonPath("$.streetCode", is(city.street.code())));
		mvc.perform(get("/api/v1/vehicles").with(DialysisTransferStoryTests.as(street)))
			.andExpect(jsonPath("$.items[*].plate", hasItem("沪A·" + tag)));
	}

	@Test
	void aVehicleWithAWrongFieldOrOutsideTheCallersFleetIsRefused() throws Exception {
		String street = city.street.code();
		refused("/api/v1/vehicles", this.street, "{\"type\": \"VAN\", \"street\": \"" + street + "\", \"seats\": 6}", "plate");
		refused("/api/v1/vehicles", this.street, "{\"plate\": \"沪B·" + tag + "\", \"type\": \"BUS\", \"street\": \"" + street + "\", \"seats\": 6}", "type");
		refused("/api/v1/vehicles", this.street, "{\"plate\": \"沪B·" + tag + "\", \"type\": \"VAN\", \"street\": \"" + street + "\", \"seats\": 0}", "seats");
		refused("/api/v1/vehicles", this.street, "{\"plate\": \"沪B·" + tag + "\", \"type\": \"VAN\", \"street\": \"nowhere\", \"seats\": 6}", "street");
		refused("/api/v1/vehicles", this.street, "{\"plate\": \"沪B·" + tag + "\", \"type\": \"VAN\", \"seats\": 6}", "district");
		post("/api/v1/vehicles", this.street, "{\"plate\": \"沪B·" + tag + "\", \"type\": \"VAN\", \"street\": \""
				+ elsewhere.street.code() + "\", \"seats\": 6}").andExpect(status().isForbidden());
		post("/api/v1/vehicles", district, "{\"plate\": \"沪B·" + tag + "\", \"type\": \"VAN\", \"district\": \""
				+ city.district.code() + "\", \"seats\": 6}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.streetCode").doesNotExist());
		post("/api/v1/vehicles", district, "{\"plate\": \"沪B·" + tag + "\", \"type\": \"SEDAN\", \"street\": \""
				+ street + "\", \"seats\": 4}").andExpect(status().isConflict());
		mvc.perform(get("/api/v1/vehicles").with(DialysisTransferStoryTests.as(this.street)))
			.andExpect(jsonPath("$.items[*].plate", not(hasItem("沪B·" + tag))));
	}

	@Test
	void theHospitalListAndTheFleetPageRegisterWithTheirForms() throws Exception {
		mvc.perform(get("/hospitals").with(page(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"hospital-register-form\"")));
		mvc.perform(get("/hospitals").with(page(street)))
			.andExpect(content().string(not(org.hamcrest.Matchers.containsString("id=\"hospital-register-form\""))));
		mvc.perform(form("/hospitals/register", district).param("name", "华东医院" + tag).param("district", city.district.code())
			.param("lat", "31.22").param("lon", "121.44").param("kinds", "GENERAL", "OBSTETRICS").param("obstetricBeds", "8"))
			.andExpect(redirectedUrl("/hospitals"))
			.andExpect(flash().attribute("done", "hospitalRegistered"));
		mvc.perform(get("/api/v1/hospitals").with(DialysisTransferStoryTests.as(district)))
			.andExpect(jsonPath("$.items[?(@.name == '华东医院" + tag + "')].obstetricBeds", contains(8)));
		mvc.perform(form("/hospitals/register", district).param("name", "无类医院").param("district", city.district.code())
			.param("lat", "31.22").param("lon", "121.44"))
			.andExpect(redirectedUrl("/hospitals"))
			.andExpect(flash().attribute("problem", "kinds"));

		mvc.perform(get("/fleet").with(page(street)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"vehicle-register-form\"")));
		mvc.perform(form("/fleet/vehicles", street).param("plate", "沪C·" + tag).param("type", "VAN")
			.param("street", city.street.code()).param("seats", "7"))
			.andExpect(redirectedUrl("/fleet"))
			.andExpect(flash().attribute("done", "vehicleRegistered"));
		mvc.perform(form("/fleet/vehicles", district).param("plate", "沪D·" + tag).param("type", "SEDAN").param("seats", "4"))
			.andExpect(flash().attribute("done", "vehicleRegistered"));
		mvc.perform(get("/api/v1/vehicles").with(DialysisTransferStoryTests.as(district)))
			.andExpect(jsonPath("$.items[?(@.plate == '沪C·" + tag + "')].seats", contains(7)))
			.andExpect(jsonPath("$.items[?(@.plate == '沪D·" + tag + "')].streetCode", contains((Object) null)));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder form(String path, LifelineUser user) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(page(user))
			.with(SecurityMockMvcRequestPostProcessors.csrf());
	}

	/** Signed in on the pages, as a browser session is. */
	private RequestPostProcessor page(LifelineUser user) {
		return SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(user.username()));
	}

	private ResultActions post(String path, LifelineUser user, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(DialysisTransferStoryTests.as(user))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private void refused(String path, LifelineUser user, String json, String field) throws Exception {
		post(path, user, json).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field", is(field)));
	}
}
