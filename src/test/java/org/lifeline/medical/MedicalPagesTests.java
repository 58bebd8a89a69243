package org.lifeline.medical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The fleet, hospitals, driver and hospital desk pages render for their roles and their buttons act. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MedicalPagesTests {

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

	@Autowired
	UserDetailsService details;

	@Autowired
	Transfers transfers;

	TestCity city;

	String hospital;

	long car;

	LifelineUser street;

	LifelineUser driver;

	LifelineUser desk;

	TripView trip;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		MedicalFixture data = new MedicalFixture(hospitals, fleet, residents, zoning);
		hospital = data.hospital(city.district, "华山医院", "GENERAL", "DESIGNATED_SEALED");
		car = data.vehicle(city.district, city.street, "VAN", 7);
		street = city.user(Role.STREET_TASK_FORCE, city.street);
		driver = city.user(Role.DRIVER, city.street);
		desk = users.createDemoAccount(new NewUser("desk-" + hospital, "接诊台", TestCity.PASSWORD, Role.HOSPITAL_DESK,
				null, List.of(), null, hospital, null));
		data.shift(car, driver, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(8)));
		ResidentView patient = city.resident(city.compound, "601", "钱芳");
		trip = transfers.requestTrip(new TripOrder(patient.id(), hospital, Need.OTHER, Instant.now().plus(Duration.ofMinutes(30)),
				new PatientNeeds(true, false, false, false), 3, "社工小李", null, null), TerritoryScope.everything(), "test");
	}

	@Test
	void theStreetAssignsFromTheFleetPageAndTheDriverTakesItFromThere() throws Exception {
		mvc.perform(get("/fleet").with(as(street)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("钱芳")))
			.andExpect(content().string(containsString("id=\"assign-" + trip.id() + "\"")));
		long wheelchairVan = new MedicalFixture(hospitals, fleet, residents, zoning).vehicle(city.district, city.street, "WHEELCHAIR_VAN", 4);
		jdbc.sql("update vehicle_shift set vehicle_id = ? where vehicle_id = ?").params(wheelchairVan, car).update();
		mvc.perform(post("/fleet/trips/" + trip.id() + "/assign").param("vehicleId", String.valueOf(car)).with(as(street)).with(csrf()))
			.andExpect(redirectedUrl("/fleet"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problemDetail",
					containsString("wheelchair")));
		mvc.perform(post("/fleet/trips/" + trip.id() + "/assign").param("vehicleId", String.valueOf(wheelchairVan))
			.with(as(street)).with(csrf())).andExpect(redirectedUrl("/fleet"));
		mvc.perform(get("/").with(as(driver)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"driver-next\"")))
			.andExpect(content().string(containsString("社工小李")))
			.andExpect(content().string(containsString("id=\"step-EN_ROUTE\"")));
		mvc.perform(post("/trips/" + trip.id() + "/step").param("to", "EN_ROUTE").param("back", "/").with(as(driver)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(tripStatus(trip.id())).isEqualTo("EN_ROUTE");
		mvc.perform(post("/trips/" + trip.id() + "/step").param("to", "HOME").param("back", "https://evil.example")
			.with(as(driver)).with(csrf())).andExpect(redirectedUrl("/"));
		assertThat(tripStatus(trip.id())).isEqualTo("EN_ROUTE");
		mvc.perform(post("/fleet/vehicles/" + car + "/shifts").param("driver", driver.username())
			.param("startsAt", "2030-01-01T08:00").param("endsAt", "2030-01-01T20:00").with(as(street)).with(csrf()))
			.andExpect(redirectedUrl("/fleet"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("done", "shiftAdded"));
		mvc.perform(post("/fleet/vehicles/" + car + "/shifts").param("driver", driver.username())
			.param("startsAt", "2030-01-01T10:00").param("endsAt", "2030-01-01T12:00").with(as(street)).with(csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problemDetail",
					containsString("already has a shift")));
		mvc.perform(get("/trips/" + trip.id()).with(as(driver)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"trip-timeline\"")));
	}

	@Test
	void theDriverSeesWhomToCallAndThatTheReturnGoesHome() throws Exception {
		TripAccess all = TripAccess.everything();
		long wheelchairVan = new MedicalFixture(hospitals, fleet, residents, zoning).vehicle(city.district, city.street, "WHEELCHAIR_VAN", 4);
		jdbc.sql("update vehicle_shift set vehicle_id = ? where vehicle_id = ?").params(wheelchairVan, car).update();
		transfers.assign(trip.id(), wheelchairVan, all, "street");
		mvc.perform(get("/hospital-desk").with(as(desk)))
			.andExpect(content().string(containsString("id=\"desk-incoming-count\">1<")))
			.andExpect(content().string(containsString("ll-trip-status ll-trip-ASSIGNED")));
		for (TripStatus to : List.of(TripStatus.EN_ROUTE, TripStatus.PICKED_UP, TripStatus.AT_HOSPITAL,
				TripStatus.RETURNING)) {
			transfers.advance(trip.id(), to, all, "test");
		}
		String phone = residents.byId(trip.residentId(), TerritoryScope.everything()).phone();
		mvc.perform(get("/driver").with(as(driver)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"tel:" + phone + "\"")))
			.andExpect(content().string(containsString("id=\"driver-home\"")))
			.andExpect(content().string(containsString("送回家")))
			.andExpect(content().string(containsString("ll-trip-status ll-trip-RETURNING")));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DISCLOSE' and subject_type = 'TRIP' "
				+ "and subject_id = ? and actor = ?").params(String.valueOf(trip.id()), driver.username())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void onlyDispatchedTripsCountAsOnTheWayAndIrreversibleDeskActionsAskFirst() throws Exception {
		mvc.perform(get("/hospital-desk").with(as(desk)))
			.andExpect(content().string(containsString("id=\"desk-incoming-count\">0<")))
			.andExpect(content().string(containsString("id=\"desk-expected-count\">1<")))
			.andExpect(content().string(containsString("data-ll-confirm=")));
	}

	@Test
	void theDeskSeesItsIncomingTransfersAndTheDistrictItsHospitals() throws Exception {
		mvc.perform(get("/").with(as(desk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"desk-board\"")))
			.andExpect(content().string(containsString("钱芳")));
		mvc.perform(post("/hospital-desk/open").param("open", "false").param("reason", "消杀").with(as(desk)).with(csrf()))
			.andExpect(redirectedUrl("/hospital-desk"));
		assertThat(jdbc.sql("select reroute_reason from trip where id = ?").param(trip.id()).query(String.class).single())
			.contains("消杀");
		LifelineUser district = city.user(Role.DISTRICT_COMMAND, city.district);
		mvc.perform(get("/hospitals").with(as(district)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"to-reroute-" + hospital + "\"")))
			.andExpect(content().string(containsString("id=\"rule-form\"")));
		mvc.perform(get("/hospitals").with(as(street)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"rule-form\""))));
		mvc.perform(post("/hospitals/" + hospital + "/capacity").param("dialysisSlots", "20").with(as(district)).with(csrf()))
			.andExpect(redirectedUrl("/hospitals"));
		assertThat(jdbc.sql("select dialysis_slots from hospital where code = ?").param(hospital).query(Integer.class).single())
			.isEqualTo(20);
		mvc.perform(get("/driver").with(as(desk))).andExpect(status().isForbidden());
	}

	@Test
	void aClerkFilesAMedicalRequestAndReadsTheAnswerOut() throws Exception {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		new MedicalFixture(hospitals, fleet, residents, zoning).zone(city.compound, "SEALED");
		ResidentView patient = city.resident(city.compound, "602", "孙丽");
		mvc.perform(get("/medical/new").param("residentId", String.valueOf(patient.id())).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"medical-form\"")));
		mvc.perform(post("/medical/new").param("residentId", String.valueOf(patient.id())).param("need", "OTHER")
			.with(as(committee)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-mode=\"TRANSFER\"")))
			.andExpect(content().string(containsString("华山医院（开放）")))
			.andExpect(content().string(containsString("id=\"medical-trip-link\"")));
		mvc.perform(post("/medical/new").param("residentId", "0").param("need", "OTHER").with(as(committee)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"step-problem\"")));
	}

	private String tripStatus(long id) {
		return jdbc.sql("select status from trip where id = ?").param(id).query(String.class).single();
	}

	private RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}
