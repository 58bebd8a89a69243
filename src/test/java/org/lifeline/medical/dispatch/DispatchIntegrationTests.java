package org.lifeline.medical.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.Fleet;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.MedicalFixture;
import org.lifeline.medical.Need;
import org.lifeline.medical.PatientNeeds;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripOrder;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Dispatch over real trips on the embedded PostgreSQL: plan the street's open trips, apply the plan through the
 * guarded assignment, and no vehicle ever holds overlapping legs; a plan overtaken by a new trip, or applied twice,
 * is refused; a leg assigned by hand meanwhile keeps its vehicle.
 */
@SpringBootTest(properties = { "lifeline.dispatch.time-limit=1s", "lifeline.dispatch.unimproved-limit=300ms" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
class DispatchIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Transfers transfers;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fleet fleet;

	@Autowired
	Hospitals hospitals;

	@Autowired
	Zoning zoning;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService details;

	TestCity city;

	MedicalFixture data;

	LifelineUser dispatcher;

	String hospital;

	String otherHospital;

	long sedan;

	long van;

	long wheelchairVan;

	Instant ready;

	int rooms;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		data = new MedicalFixture(hospitals, fleet, residents, zoning);
		dispatcher = city.user(Role.STREET_TASK_FORCE, city.street);
		hospital = hospital("中山医院", 31.215, 121.43);
		otherHospital = hospital("华山医院", 31.19, 121.38);
		sedan = vehicle("SEDAN", 4, 31.20, 121.41);
		van = vehicle("VAN", 7, 31.22, 121.40);
		wheelchairVan = vehicle("WHEELCHAIR_VAN", 4, 31.21, 121.39);
		ready = Instant.now().plus(Duration.ofMinutes(30));
	}

	@Test
	void aPlanAppliedThroughTheGuardedAssignmentGivesNoVehicleOverlappingTrips() throws Exception {
		List<Long> trips = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			trips.add(trip(i % 2 == 0 ? hospital : otherHospital, i == 3 || i == 6, 1 + i % 5, ready.plus(Duration.ofMinutes(5 * i))));
		}
		long byHand = trips.remove(0);
		transfers.assign(byHand, sedan, TripAccess.of(city.street.scope()), "dispatcher");
		Timestamp handWindow = window(byHand);

		String body = mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unassigned.length()").value(0))
			.andExpect(jsonPath("$.weightedWaitMinutes").isNumber())
			.andExpect(jsonPath("$.greedyWeightedWaitMinutes").isNumber())
			.andReturn().getResponse().getContentAsString();
		List<Integer> planned = JsonPath.read(body, "$.routes[*].trips[*].tripId");
		assertThat(planned).extracting(Integer::longValue).containsExactlyInAnyOrderElementsOf(trips);
		List<Integer> onWheelchairVan = JsonPath.read(body, "$.routes[?(@.vehicleId == " + wheelchairVan + ")].trips[*].tripId");
		assertThat(onWheelchairVan).extracting(Integer::longValue).contains(trips.get(2), trips.get(5));
		long id = ((Integer) JsonPath.read(body, "$.id")).longValue();

		mvc.perform(post("/api/v1/dispatch/plan/" + id + "/apply").with(as(dispatcher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.appliedAt").isNotEmpty())
			.andExpect(jsonPath("$.routes[*].trips[?(@.outcome != 'ASSIGNED')]").isEmpty());

		for (long trip : trips) {
			assertThat(jdbc.sql("select status from trip where id = ?").param(trip).query(String.class).single())
				.isEqualTo("ASSIGNED");
		}
		assertThat(overlappingLegs()).isZero();
		assertThat(vehicleOf(byHand)).isEqualTo(sedan);
		assertThat(window(byHand)).isEqualTo(handWindow);
	}

	@Test
	void aPlanOvertakenByANewTripOrAppliedTwiceIsRefused(Scenario scenario) throws Exception {
		trip(hospital, false, 3, ready);
		long stale = plan();
		scenario.stimulate(() -> trip(otherHospital, false, 2, ready))
			.andWaitForStateChange(() -> isStale(stale), overtaken -> overtaken)
			.andVerify(overtaken -> assertThat(overtaken).isTrue());
		mvc.perform(post("/api/v1/dispatch/plan/" + stale + "/apply").with(as(dispatcher)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("plan again")));

		long fresh = plan();
		mvc.perform(post("/api/v1/dispatch/plan/" + fresh + "/apply").with(as(dispatcher))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/dispatch/plan/" + fresh + "/apply").with(as(dispatcher)))
			.andExpect(status().isConflict());
		assertThat(overlappingLegs()).isZero();
	}

	@Test
	void aLegAssignedByHandAfterPlanningKeepsItsVehicleAndTheRestIsApplied() throws Exception {
		long first = trip(hospital, false, 5, ready);
		long second = trip(otherHospital, false, 1, ready);
		String planned = mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Integer) JsonPath.read(planned, "$.id")).longValue();
		List<Integer> onSedan = JsonPath.read(planned, "$.routes[?(@.vehicleId == " + sedan + ")].trips[*].tripId");
		long secondOn = onSedan.contains((int) second) ? sedan : van;
		long other = List.of(sedan, van).stream()
			.filter(v -> v != secondOn)
			.findFirst().orElseThrow();
		transfers.assign(first, other, TripAccess.of(city.street.scope()), "other dispatcher");

		mvc.perform(post("/api/v1/dispatch/plan/" + id + "/apply").with(as(dispatcher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.routes[*].trips[?(@.tripId == " + first + ")].outcome").value(org.hamcrest.Matchers.contains("REFUSED")))
			.andExpect(jsonPath("$.routes[*].trips[?(@.tripId == " + second + ")].outcome").value(org.hamcrest.Matchers.contains("ASSIGNED")));
		assertThat(vehicleOf(first)).isEqualTo(other);
		assertThat(overlappingLegs()).isZero();
	}

	@Test
	void aPlanIsOnlyForItsOwnScopeAndOnlyDispatchersPlan() throws Exception {
		trip(hospital, false, 2, ready);
		long id = plan();
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		mvc.perform(get("/api/v1/dispatch/plan/" + id).with(as(district))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/dispatch/plan/" + id + "/apply").with(as(district))).andExpect(status().isNotFound());
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		mvc.perform(post("/api/v1/dispatch/plan").with(as(committee))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"pins\":[{\"tripId\":-1,\"vehicleId\":" + sedan + "}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("trip -1")));
	}

	@Test
	void aChineseDispatcherIsToldInChineseThatAPinnedTripWaitsForNoVehicle() throws Exception {
		mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content("{\"pins\":[{\"tripId\":-1,\"vehicleId\":" + sedan + "}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("pins"))
			.andExpect(jsonPath("$.detail").value("行程 -1 没有等待派车的路段"));
	}

	@Test
	void aPinnedTripGoesWithTheChosenVehicle() throws Exception {
		long trip = trip(hospital, false, 2, ready);
		String body = mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"pins\":[{\"tripId\":" + trip + ",\"vehicleId\":" + van + "}]}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		List<Integer> onVan = JsonPath.read(body, "$.routes[?(@.vehicleId == " + van + ")].trips[*].tripId");
		assertThat(onVan).extracting(Integer::longValue).containsExactly(trip);
	}

	@Test
	void aVehicleWithoutADriverGetsNoLegsAndThePlanShowsWhoGoesWhereTripByTrip() throws Exception {
		long idle = data.vehicle(city.district, city.street, "VAN", 7, 31.2, 121.41);
		shift(idle, null);
		long trip = trip(hospital, false, 3, ready);
		String body = mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		List<Integer> onIdle = JsonPath.read(body, "$.routes[?(@.vehicleId == " + idle + ")].trips[*].tripId");
		assertThat(onIdle).isEmpty();
		List<Integer> greedyWaits = JsonPath.read(body, "$.routes[*].trips[?(@.tripId == " + trip + ")].greedyWaitMinutes");
		assertThat(greedyWaits).hasSize(1);
		long id = ((Integer) JsonPath.read(body, "$.id")).longValue();
		String name = jdbc.sql("select r.name from trip t join resident r on r.id = t.resident_id where t.id = ?")
			.param(trip).query(String.class).single();
		mvc.perform(get("/dispatch").param("plan", String.valueOf(id))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(details.loadUserByUsername(dispatcher.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(name)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("中山医院")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("class=\"ll-greedy-wait\"")));
	}

	private long plan() throws Exception {
		String body = mvc.perform(post("/api/v1/dispatch/plan").with(as(dispatcher)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Integer) JsonPath.read(body, "$.id")).longValue();
	}

	private boolean isStale(long id) {
		return jdbc.sql("select stale_at is not null from dispatch_proposal where id = ?").param(id)
			.query(Boolean.class).single();
	}

	private long overlappingLegs() {
		return jdbc.sql("""
				select count(*) from trip_leg a join trip_leg b on a.vehicle_id = b.vehicle_id and a.id < b.id
				where a.status = 'ASSIGNED' and b.status = 'ASSIGNED'
				and tstzrange(a.planned_start, a.planned_end) && tstzrange(b.planned_start, b.planned_end)""")
			.query(Long.class).single();
	}

	private long vehicleOf(long trip) {
		return jdbc.sql("select vehicle_id from trip_leg where trip_id = ? and direction = 'OUTBOUND'").param(trip)
			.query(Long.class).single();
	}

	private Timestamp window(long trip) {
		return jdbc.sql("select planned_start from trip_leg where trip_id = ? and direction = 'OUTBOUND'").param(trip)
			.query(Timestamp.class).single();
	}

	private long trip(String hospitalCode, boolean wheelchair, int priority, Instant readyAt) {
		var resident = city.resident(city.compound, String.valueOf(101 + rooms++), "病人" + rooms);
		return transfers.requestTrip(new TripOrder(resident.id(), hospitalCode, Need.OTHER, readyAt,
				new PatientNeeds(wheelchair, false, false, false), priority, "护送员", null, null),
				TerritoryScope.everything(), "committee").id();
	}

	private String hospital(String name, double lat, double lon) {
		return data.hospital(city.district, name, lat, lon, "GENERAL");
	}

	private long vehicle(String type, int seats, double lat, double lon) {
		long id = data.vehicle(city.district, city.street, type, seats, lat, lon);
		LifelineUser driver = users.createDemoAccount(new org.lifeline.identity.NewUser(
				"drv-" + ("V" + city.street.code() + type).toLowerCase(), "司机", TestCity.PASSWORD, Role.DRIVER,
				city.street.code(), List.of(), null, null, null));
		shift(id, driver);
		return id;
	}

	private void shift(long vehicle, LifelineUser driver) {
		data.shift(vehicle, driver, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(10)));
	}

	private static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
