package org.lifeline.medical;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The medical API on the embedded PostgreSQL: hospitals, routing, medical requests, trips, bad input and scope. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MedicalApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Zoning zoning;

	@Autowired
	Fleet fleet;

	@Autowired
	Hospitals hospitals;

	TestCity city;

	TestCity elsewhere;

	MedicalFixture data;

	String zhongshan;

	String renji;

	String foreign;

	LifelineUser district;

	LifelineUser street;

	LifelineUser committee;

	long car;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		elsewhere = new TestCity(territory, residents, users);
		data = new MedicalFixture(hospitals, fleet, residents, zoning);
		zhongshan = data.hospital(city.district, "中山医院", "DIALYSIS", "GENERAL");
		renji = data.hospital(city.district, "仁济医院", "DIALYSIS", "DESIGNATED_SEALED", "FEVER_CLINIC");
		foreign = data.hospital(elsewhere.district, "外区医院", "GENERAL");
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		street = city.user(Role.STREET_TASK_FORCE, city.street);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		car = data.vehicle(city.district, city.street, "SEDAN", 4);
		data.shift(car, null, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(12)));
		data.zone(city.compound, "SEALED");
	}

	@Test
	void hospitalsAreListedForTheCallersDistrictOnly() throws Exception {
		mvc.perform(get("/api/v1/hospitals").with(DialysisTransferStoryTests.as(street)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(2)))
			.andExpect(jsonPath("$.items[*].districtCode", everyItem(is(city.district.code()))))
			.andExpect(jsonPath("$.items[?(@.code == '" + renji + "')].kinds[0]").value("DIALYSIS"));
		mvc.perform(get("/api/v1/hospitals").param("district", elsewhere.district.code())
			.with(DialysisTransferStoryTests.as(district))).andExpect(jsonPath("$.total", is(0)));
		mvc.perform(get("/api/v1/hospitals/" + foreign).with(DialysisTransferStoryTests.as(district)))
			.andExpect(status().isNotFound());
	}

	@Test
	void closingAHospitalStopsNewRoutesAndFlagsItsPendingTrips() throws Exception {
		ResidentView patient = city.resident(city.compound, "201", "周敏");
		data.profile(patient.id(), zhongshan, null);
		long tripId = fileTransfer(patient, "DIALYSIS", zhongshan);
		mvc.perform(patch("/api/v1/hospitals/" + zhongshan).with(DialysisTransferStoryTests.as(street)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"open\":false}")).andExpect(status().isForbidden());
		mvc.perform(patch("/api/v1/hospitals/" + zhongshan).with(DialysisTransferStoryTests.as(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"open\":false,\"reason\":\"消杀\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.open", is(false)))
			.andExpect(jsonPath("$.tripsToReroute", is(1)));
		mvc.perform(get("/api/v1/trips/" + tripId).with(DialysisTransferStoryTests.as(street)))
			.andExpect(jsonPath("$.rerouteReason", containsString("消杀")));
		ResidentView second = city.resident(city.compound, "202", "吴芳");
		data.profile(second.id(), zhongshan, null);
		medical(committee, second, "DIALYSIS", false)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.destination.code", is(renji)))
			.andExpect(jsonPath("$.explanation", containsString("中山医院（关闭：消杀）")));
		mvc.perform(post("/api/v1/trips").with(DialysisTransferStoryTests.as(street)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + second.id() + ",\"hospitalCode\":\"" + zhongshan + "\",\"need\":\"OTHER\",\"readyAt\":\""
					+ Instant.now().plus(Duration.ofHours(2)) + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("closed")));
		mvc.perform(post("/api/v1/trips/" + tripId + "/reroute").with(DialysisTransferStoryTests.as(street))
			.contentType(MediaType.APPLICATION_JSON).content("{\"hospitalCode\":\"" + renji + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hospitalCode", is(renji)))
			.andExpect(jsonPath("$.rerouteReason", nullValue()));
		mvc.perform(patch("/api/v1/hospitals/" + zhongshan).with(DialysisTransferStoryTests.as(district)).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("open")));
	}

	@Test
	void aHospitalDeskKeepsOnlyItsOwnHospital() throws Exception {
		LifelineUser desk = users.createDemoAccount(new NewUser("desk-" + renji, "接诊台", TestCity.PASSWORD,
				Role.HOSPITAL_DESK, null, List.of(), null, renji, null));
		mvc.perform(patch("/api/v1/hospitals/" + renji).with(DialysisTransferStoryTests.as(desk)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dialysisSlots\":12}")).andExpect(status().isOk()).andExpect(jsonPath("$.dialysisSlots", is(12)));
		mvc.perform(patch("/api/v1/hospitals/" + zhongshan).with(DialysisTransferStoryTests.as(desk)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"open\":false}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/hospitals").with(DialysisTransferStoryTests.as(desk))).andExpect(jsonPath("$.total", is(1)));
	}

	@Test
	void aCriticalRequestIsDial120AndAlertsLikeAnyEmergency() throws Exception {
		ResidentView patient = city.resident(city.compound, "203", "郑强");
		String body = medical(committee, patient, "OTHER", true)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mode", is("CALL_120")))
			.andExpect(jsonPath("$.destination", nullValue()))
			.andExpect(jsonPath("$.tripId", nullValue()))
			.andReturn().getResponse().getContentAsString();
		long requestId = ((Number) JsonPath.read(body, "$.requestId")).longValue();
		mvc.perform(get("/api/v1/requests/" + requestId).with(DialysisTransferStoryTests.as(committee)))
			.andExpect(jsonPath("$.category", is("MEDICAL")))
			.andExpect(jsonPath("$.critical", is(true)))
			.andExpect(jsonPath("$.instruction", is("CALL_120")));
	}

	@Test
	void precautionResidentsGoThemselvesAndBadInputIsNamed() throws Exception {
		ResidentView patient = city.resident(city.otherCompound, "204", "冯丽");
		medical(committee, patient, "FEVER", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("resident " + patient.id() + " not found")));
		LifelineUser other = city.user(Role.HOTLINE_OPERATOR, city.district);
		medical(other, patient, "FEVER", false)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mode", is("SELF")))
			.andExpect(jsonPath("$.tripId", nullValue()));
		medical(other, patient, "HEADACHE", false).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("need")));
		mvc.perform(post("/api/v1/medical/requests").with(DialysisTransferStoryTests.as(other)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"need\":\"FEVER\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("residentId")));
	}

	@Test
	void aDistrictRuleOverridesTheDefaultAndOnlyItsDistrictEditsIt() throws Exception {
		String rule = mvc.perform(post("/api/v1/medical/routing-rules").with(DialysisTransferStoryTests.as(district))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"rank":1,"need":"FEVER","critical":false,"mode":"TRANSFER","destination":"DISTRICT_KIND",
					 "hospitalKind":"GENERAL","label":"发热 → 区指定综合医院"}"""))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long ruleId = ((Number) JsonPath.read(rule, "$.id")).longValue();
		ResidentView patient = city.resident(city.compound, "205", "何静");
		medical(committee, patient, "FEVER", false).andExpect(jsonPath("$.explanation", containsString("区指定综合医院")));
		mvc.perform(get("/api/v1/medical/routing-rules").with(DialysisTransferStoryTests.as(district)))
			.andExpect(jsonPath("$.items[0].id", is((int) ruleId)))
			.andExpect(jsonPath("$.items[*].label", hasItem("血透 → 本人透析医院")));
		LifelineUser otherDistrict = elsewhere.user(Role.DISTRICT_COMMAND, elsewhere.district);
		mvc.perform(delete("/api/v1/medical/routing-rules/" + ruleId).with(DialysisTransferStoryTests.as(otherDistrict)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/medical/routing-rules").with(DialysisTransferStoryTests.as(district))
			.contentType(MediaType.APPLICATION_JSON).content("{\"rank\":2,\"mode\":\"TELEPORT\",\"label\":\"x\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("TELEPORT")));
		long cityDefault = jdbc.sql("select id from routing_rule where district_id is null order by rank limit 1")
			.query(Long.class).single();
		mvc.perform(put("/api/v1/medical/routing-rules/" + cityDefault).with(DialysisTransferStoryTests.as(district))
			.contentType(MediaType.APPLICATION_JSON).content("{\"rank\":10,\"mode\":\"SELF\",\"label\":\"x\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/medical/routing-rules/" + ruleId).with(DialysisTransferStoryTests.as(district)))
			.andExpect(status().isNoContent());
	}

	@Test
	void tripsAnswer404And409And400ByTheBook() throws Exception {
		ResidentView a = city.resident(city.compound, "206", "许兰");
		ResidentView b = city.resident(city.compound, "207", "林峰");
		long first = fileTransfer(a, "OTHER", null);
		long second = fileTransfer(b, "OTHER", null);
		mvc.perform(get("/api/v1/trips/999999999").with(DialysisTransferStoryTests.as(street))).andExpect(status().isNotFound());
		LifelineUser otherStreet = elsewhere.user(Role.STREET_TASK_FORCE, elsewhere.street);
		mvc.perform(get("/api/v1/trips/" + first).with(DialysisTransferStoryTests.as(otherStreet))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/trips").with(DialysisTransferStoryTests.as(otherStreet)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) first))));
		mvc.perform(post("/api/v1/trips/" + first + "/assign").with(DialysisTransferStoryTests.as(otherStreet))
			.contentType(MediaType.APPLICATION_JSON).content("{\"vehicleId\":" + car + "}")).andExpect(status().isNotFound());
		assign(first, "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("vehicleId")));
		assign(first, "{\"vehicleId\":999999999}").andExpect(status().isBadRequest());
		assign(first, "{\"vehicleId\":" + car + "}").andExpect(status().isOk());
		assign(second, "{\"vehicleId\":" + car + "}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("trip " + first)));
		advance(first, "HOME").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", is("trip " + first + " cannot go from ASSIGNED to HOME")));
		advance(first, "FLYING").andExpect(status().isBadRequest());
		advance(first, "CANCELLED").andExpect(status().isOk());
		assign(second, "{\"vehicleId\":" + car + "}").andExpect(status().isOk());
		mvc.perform(get("/api/v1/trips").param("status", "ASSIGNED").param("vehicle", String.valueOf(car))
			.with(DialysisTransferStoryTests.as(street))).andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].id", is((int) second)));
		mvc.perform(get("/api/v1/trips").param("status", "LOST").with(DialysisTransferStoryTests.as(street)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aStretcherPatientNeedsAnAmbulance() throws Exception {
		ResidentView a = city.resident(city.compound, "208", "高远");
		String body = medical(committee, a, "OTHER", false, ",\"stretcher\":true").andReturn().getResponse().getContentAsString();
		long trip = ((Number) JsonPath.read(body, "$.tripId")).longValue();
		assign(trip, "{\"vehicleId\":" + car + "}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("stretcher")));
	}

	@Test
	void aChineseReaderIsToldInChineseWhyATripOrVehicleIsRefused() throws Exception {
		ResidentView a = city.resident(city.compound, "209", "钱进");
		long trip = fileTransfer(a, "OTHER", null);
		mvc.perform(post("/api/v1/trips/" + trip + "/assign").with(DialysisTransferStoryTests.as(street))
			.header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{\"vehicleId\":999999999}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("vehicleId")))
			.andExpect(jsonPath("$.detail", is("找不到车辆 999999999")));
		assign(trip, "{\"vehicleId\":" + car + "}").andExpect(status().isOk());
		mvc.perform(post("/api/v1/trips/" + trip + "/advance").with(DialysisTransferStoryTests.as(street))
			.header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"HOME\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", is("行程 " + trip + " 不能从 ASSIGNED 改为 HOME")));
	}

	private long fileTransfer(ResidentView patient, String need, String expectedHospital) throws Exception {
		String body = medical(committee, patient, need, false).andExpect(status().isCreated())
			.andExpect(jsonPath("$.mode", is("TRANSFER")))
			.andReturn().getResponse().getContentAsString();
		if (expectedHospital != null) {
			org.assertj.core.api.Assertions.assertThat((String) JsonPath.read(body, "$.destination.code")).isEqualTo(expectedHospital);
		}
		return ((Number) JsonPath.read(body, "$.tripId")).longValue();
	}

	private ResultActions medical(LifelineUser who, ResidentView r, String need, boolean critical) throws Exception {
		return medical(who, r, need, critical, "");
	}

	private ResultActions medical(LifelineUser who, ResidentView r, String need, boolean critical, String more)
			throws Exception {
		return mvc.perform(post("/api/v1/medical/requests").with(DialysisTransferStoryTests.as(who))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + r.id() + ",\"need\":\"" + need + "\",\"critical\":" + critical + more + "}"));
	}

	private ResultActions assign(long trip, String body) throws Exception {
		return mvc.perform(post("/api/v1/trips/" + trip + "/assign").with(DialysisTransferStoryTests.as(street))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions advance(long trip, String to) throws Exception {
		return mvc.perform(post("/api/v1/trips/" + trip + "/advance").with(DialysisTransferStoryTests.as(street))
			.contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"" + to + "\"}"));
	}
}
