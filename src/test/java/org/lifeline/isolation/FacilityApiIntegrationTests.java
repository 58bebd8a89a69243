package org.lifeline.isolation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.lifeline.isolation.IsolationTestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.Hospitals;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Facilities and beds over the API on the embedded PostgreSQL: opening, listing by district, capacity, bad input. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FacilityApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Hospitals hospitals;

	@Autowired
	JdbcClient jdbc;

	TestCity city;

	TestCity elsewhere;

	IsolationTestData data;

	LifelineUser district;

	LifelineUser street;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		elsewhere = new TestCity(territory, residents, users);
		data = new IsolationTestData(hospitals);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		street = city.user(Role.STREET_TASK_FORCE, city.street);
	}

	@Test
	void aDistrictOpensItsFacilitiesAndItsStreetsSeeThemWithTheirBeds() throws Exception {
		String hospital = data.hospital(city.district, "公共卫生中心");
		open(district, "{\"code\":\"" + data.code("HD") + "\",\"kind\":\"DESIGNATED_HOSPITAL\",\"hospitalCode\":\"" + hospital
				+ "\",\"beds\":{\"GENERAL\":40,\"ELDERLY_WITH_CONDITIONS\":10,\"PAEDIATRIC_WITH_CARER\":6}}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name", is("公共卫生中心")))
			.andExpect(jsonPath("$.districtCode", is(city.district.code())))
			.andExpect(jsonPath("$.lat", is(31.25)))
			.andExpect(jsonPath("$.hospitalCode", is(hospital)));
		open(district, shelter(data.code("FC"), city.district.code(), 300))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind", is("DISTRICT_SHELTER")));
		open(district, shelter(data.code("OUT"), elsewhere.district.code(), 10)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString(elsewhere.district.code())));

		mvc.perform(get("/api/v1/facilities").param("district", city.district.code()).with(as(street)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].code", hasItem(data.code("HD"))))
			.andExpect(jsonPath("$.items[?(@.code == '" + data.code("FC") + "')].beds[0].capacity").value(300))
			.andExpect(jsonPath("$.items[?(@.code == '" + data.code("HD") + "')].beds[?(@.kind == 'PAEDIATRIC_WITH_CARER')].free").value(6));
		mvc.perform(get("/api/v1/facilities").with(as(elsewhere.user(Role.DISTRICT_COMMAND, elsewhere.district))))
			.andExpect(jsonPath("$.items[*].code", not(hasItem(data.code("HD")))));
		open(street, shelter(data.code("ST"), city.district.code(), 10)).andExpect(status().isForbidden());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
		open(district, "{\"code\":\"" + data.code("X1") + "\",\"kind\":\"TENT\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("kind")));
		open(district, "{\"code\":\"" + data.code("X2") + "\",\"kind\":\"DESIGNATED_HOSPITAL\",\"hospitalCode\":\"NOPE\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("hospitalCode")))
			.andExpect(jsonPath("$.detail", containsString("NOPE")));
		open(district, "{\"code\":\"" + data.code("X3") + "\",\"name\":\"方舱\",\"kind\":\"DISTRICT_SHELTER\",\"districtCode\":\""
				+ city.district.code() + "\",\"lat\":31.2,\"lon\":121.4,\"beds\":{\"SOFA\":3}}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("beds.SOFA")));
		open(district, "{\"code\":\"" + data.code("X4") + "\",\"name\":\"方舱\",\"kind\":\"DISTRICT_SHELTER\",\"districtCode\":\""
				+ city.district.code() + "\",\"beds\":{\"GENERAL\":3}}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("lat")));
		mvc.perform(get("/api/v1/facilities/" + data.code("X3")).with(as(district))).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("facility " + data.code("X3"))));
		mvc.perform(patch("/api/v1/facilities/NOWHERE").with(as(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"open\":false}")).andExpect(status().isNotFound());
	}

	@Test
	void aCapacityBelowTheBedsInUseIsRefusedInTheReadersLanguage() throws Exception {
		String code = data.code("CAPZH");
		open(district, shelter(code, city.district.code(), 5)).andExpect(status().isCreated());
		jdbc.sql("update isolation_bed set occupied = 3, held = 1 where facility_id = (select id from isolation_facility where code = ?)")
			.param(code).update();
		mvc.perform(patch("/api/v1/facilities/" + code).with(as(district)).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content("{\"beds\":{\"GENERAL\":3}}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", is("隔离点 " + code + "（测试方舱）：普通床位不能减到 3 张，现有 4 张已占用或已留")));
	}

	@Test
	void aCapacityBelowTheBedsInUseIsAConflictNamingTheFacilityAndKind() throws Exception {
		String code = data.code("CAP");
		open(district, shelter(code, city.district.code(), 5)).andExpect(status().isCreated());
		jdbc.sql("update isolation_bed set occupied = 3, held = 1 where facility_id = (select id from isolation_facility where code = ?)")
			.param(code).update();
		mvc.perform(patch("/api/v1/facilities/" + code).with(as(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"beds\":{\"GENERAL\":3},\"name\":\"改名方舱\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("facility " + code)))
			.andExpect(jsonPath("$.detail", containsString("GENERAL beds cannot go down to 3 while 4 are occupied or held")));
		mvc.perform(get("/api/v1/facilities/" + code).with(as(district)))
			.andExpect(jsonPath("$.name", is("测试方舱")))
			.andExpect(jsonPath("$.beds[0].capacity", is(5)));
		mvc.perform(patch("/api/v1/facilities/" + code).with(as(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"beds\":{\"GENERAL\":8,\"OXYGEN\":2},\"open\":false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open", is(false)))
			.andExpect(jsonPath("$.free", is(6)));
	}

	@Test
	void theCityEditsTheAdmissionClassesAndOthersMayNot() throws Exception {
		mvc.perform(get("/api/v1/isolation/admission-rules").with(as(street)))
			.andExpect(jsonPath("$[?(@.need == 'CHILD')].bedKind").value("PAEDIATRIC_WITH_CARER"));
		mvc.perform(put("/api/v1/isolation/admission-rules/PREGNANT").with(as(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rank\":5,\"facilityKinds\":[\"DESIGNATED_HOSPITAL\"],\"bedKind\":\"GENERAL\"}"))
			.andExpect(status().isForbidden());
		LifelineUser cityCommand = city.user(Role.CITY_COMMAND, territory.city());
		mvc.perform(put("/api/v1/isolation/admission-rules/PREGNANT").with(as(cityCommand)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rank\":20,\"facilityKinds\":[\"DESIGNATED_HOSPITAL\",\"BARN\"],\"bedKind\":\"GENERAL\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("facilityKinds")));
		mvc.perform(put("/api/v1/isolation/admission-rules/PREGNANT").with(as(cityCommand)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rank\":20,\"facilityKinds\":[\"DESIGNATED_HOSPITAL\"],\"bedKind\":\"OXYGEN\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.bedKind", is("OXYGEN")));
		mvc.perform(put("/api/v1/isolation/admission-rules/PREGNANT").with(as(cityCommand)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rank\":20,\"facilityKinds\":[\"DESIGNATED_HOSPITAL\"],\"bedKind\":\"GENERAL\"}"))
			.andExpect(status().isOk());
	}

	private ResultActions open(LifelineUser user, String json) throws Exception {
		return mvc.perform(post("/api/v1/facilities").with(as(user)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String shelter(String code, String districtCode, int general) {
		return "{\"code\":\"" + code + "\",\"name\":\"测试方舱\",\"kind\":\"DISTRICT_SHELTER\",\"districtCode\":\"" + districtCode
				+ "\",\"address\":\"测试路1号\",\"lat\":31.22,\"lon\":121.41,\"beds\":{\"GENERAL\":" + general + "}}";
	}
}
