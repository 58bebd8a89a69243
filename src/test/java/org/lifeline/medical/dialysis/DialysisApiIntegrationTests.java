package org.lifeline.medical.dialysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.HospitalAccess;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.NewHospital;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.residents.NewResident;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.Sex;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Standing dialysis schedules over the JSON API: sessions generated ahead on the patient's weekdays, generating
 * twice adds nothing, a hospital's daily slots and a closed hospital are flagged, bad input and scope.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false",
		"lifeline.dialysis.generation-job.enabled=false", "lifeline.medicine.batch-job.enabled=false",
		"lifeline.demo=off" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class DialysisApiIntegrationTests {

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

	@Autowired
	MovableClock clock;

	@Autowired
	UserDetailsService details;

	TestCity city;

	LifelineUser street;

	String dialysisSite;

	String closedSite;

	String clinic;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		street = city.user(Role.STREET_TASK_FORCE, city.street);
		dialysisSite = hospital("HD", true, 2, "DIALYSIS", "GENERAL");
		closedSite = hospital("HX", false, 30, "DIALYSIS");
		clinic = hospital("HC", true, null, "FEVER_CLINIC");
	}

	@Test
	void generatingTwiceAddsNoSessionsAndSessionsFallOnThePatientsWeekdays() throws Exception {
		ResidentView patient = patient("101", dialysisSite);
		schedule(patient.id(), null, "[\"MON\",\"WED\",\"FRI\"]", "07:30").andExpect(status().isCreated())
			.andExpect(jsonPath("$.hospitalCode", is(dialysisSite)))
			.andExpect(jsonPath("$.weekdays", is(List.of("MONDAY", "WEDNESDAY", "FRIDAY"))))
			.andExpect(jsonPath("$.createdBy", is(street.username())));
		int expected = monWedFri(LocalDate.now(clock).plusDays(1), LocalDate.now(clock).plusDays(14));
		generate(14).andExpect(status().isOk()).andExpect(jsonPath("$.planned", is(expected)))
			.andExpect(jsonPath("$.tripsRequested", is(expected)));
		generate(14).andExpect(status().isOk()).andExpect(jsonPath("$.planned", is(0)))
			.andExpect(jsonPath("$.full", is(0)))
			.andExpect(jsonPath("$.tripsRequested", is(0)));
		String sessions = mvc.perform(get("/api/v1/dialysis/sessions").param("to", LocalDate.now(clock).plusDays(14).toString())
			.with(as(street)))
			.andExpect(jsonPath("$", hasSize(expected)))
			.andExpect(jsonPath("$[*].status", everyItem(is("TRIP_REQUESTED"))))
			.andExpect(jsonPath("$[*].slotTime", everyItem(oneOf("07:30", "07:30:00"))))
			.andReturn().getResponse().getContentAsString();
		List<String> dates = JsonPath.read(sessions, "$[*].date");
		assertThat(dates).allSatisfy(d -> assertThat(LocalDate.parse(d).getDayOfWeek())
			.isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
		List<Integer> tripIds = JsonPath.read(sessions, "$[*].tripId");
		assertThat(tripIds).doesNotContainNull().doesNotHaveDuplicates().hasSize(expected);
		String trip = mvc.perform(get("/api/v1/trips/" + tripIds.get(0)).with(as(street)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.need", is("DIALYSIS")))
			.andExpect(jsonPath("$.status", is("REQUESTED")))
			.andExpect(jsonPath("$.hospitalCode", is(dialysisSite)))
			.andExpect(jsonPath("$.residentId", is((int) patient.id())))
			.andExpect(jsonPath("$.needs.wheelchair", is(true)))
			.andReturn().getResponse().getContentAsString();
		java.time.Instant ready = java.time.Instant.parse(JsonPath.read(trip, "$.readyAt"));
		assertThat(ready.atZone(clock.getZone()).toLocalTime()).isEqualTo(java.time.LocalTime.of(6, 45));
		assertThat(ready.atZone(clock.getZone()).toLocalDate()).isEqualTo(LocalDate.parse(dates.get(0)));
	}

	@Test
	void aFullDayAndAClosedHospitalAreFlaggedForTheTaskForce() throws Exception {
		for (String room : List.of("201", "202", "203")) {
			schedule(patient(room, dialysisSite).id(), null, "[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\",\"SUN\"]",
					"08:0" + room.charAt(2)).andExpect(status().isCreated());
		}
		schedule(patient("301", closedSite).id(), null, "[\"MONDAY\",\"THURSDAY\"]", "13:00")
			.andExpect(status().isCreated());
		int closedDays = days(LocalDate.now(clock).plusDays(1), LocalDate.now(clock).plusDays(7),
				Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
		generate(7).andExpect(jsonPath("$.planned", is(14)))
			.andExpect(jsonPath("$.tripsRequested", is(14)))
			.andExpect(jsonPath("$.full", is(7)))
			.andExpect(jsonPath("$.closed", is(closedDays)));
		mvc.perform(get("/api/v1/dialysis/sessions").param("status", "HOSPITAL_FULL").with(as(street)))
			.andExpect(jsonPath("$[*].slotTime", everyItem(oneOf("08:03", "08:03:00"))));
	}

	@Test
	void badInputIsNamedAndAPatientHasOneStandingSchedule() throws Exception {
		ResidentView patient = patient("401", dialysisSite);
		schedule(999_999_999L, null, "[\"MON\"]", "07:30").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("residentId")))
			.andExpect(jsonPath("$.detail", containsString("resident 999999999 not found")));
		schedule(patient.id(), "NO-SUCH", "[\"MON\"]", "07:30").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("hospital NO-SUCH not found")));
		schedule(patient.id(), clinic, "[\"MON\"]", "07:30").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("not a dialysis site")));
		schedule(patient.id(), null, "[\"FUNDAY\"]", "07:30").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("weekdays")));
		schedule(patient.id(), null, "[\"MON\"]", "half past seven").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("slotTime")));
		schedule(patient.id(), null, "[\"MON\"]", "07:30").andExpect(status().isCreated());
		schedule(patient.id(), null, "[\"TUE\"]", "07:30").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("already has standing schedule")));
		generate(0).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("days")));
	}

	@Test
	void othersDoNotSeeOrEndTheSchedulesOfTheStreet() throws Exception {
		long id = ((Number) JsonPath.read(schedule(patient("501", dialysisSite).id(), null, "[\"MON\"]", "07:30")
			.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		LifelineUser otherCommittee = users.createDemoAccount(new NewUser("dialysis-k-" + city.district.code().toLowerCase(),
				"居委", TestCity.PASSWORD, Role.COMMITTEE_STAFF, city.otherCommittee.code(), List.of(), null, null, null));
		mvc.perform(get("/api/v1/dialysis/schedules").with(as(otherCommittee))).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(post("/api/v1/dialysis/schedules/" + id + "/end").with(as(otherCommittee)))
			.andExpect(status().isNotFound());
		generate(7).andExpect(status().isOk());
		String before = mvc.perform(get("/api/v1/dialysis/sessions").with(as(street)))
			.andReturn().getResponse().getContentAsString();
		List<Integer> trips = JsonPath.read(before, "$[?(@.scheduleId == " + id + ")].tripId");
		mvc.perform(post("/api/v1/dialysis/schedules/" + id + "/end").with(as(street)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active", is(false)));
		for (int trip : trips) {
			mvc.perform(get("/api/v1/trips/" + trip).with(as(street))).andExpect(jsonPath("$.status", is("CANCELLED")));
		}
		mvc.perform(post("/api/v1/dialysis/schedules/" + id + "/end").with(as(street))).andExpect(status().isConflict());
	}

	@Test
	void theDialysisPageKeepsSchedulesAndGeneratesSessions() throws Exception {
		ResidentView patient = patient("601", dialysisSite);
		RequestPostProcessor page = user(details.loadUserByUsername(street.username()));
		mvc.perform(get("/dialysis").with(page)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dialysis-new\"")));
		mvc.perform(post("/dialysis/schedules").with(page).with(csrf()).param("residentId", String.valueOf(patient.id()))
			.param("weekday", "TUESDAY").param("slotTime", "25:00"))
			.andExpect(flash().attribute("problem", containsString("slotTime")));
		mvc.perform(post("/dialysis/schedules").with(page).with(csrf()).param("residentId", String.valueOf(patient.id()))
			.param("weekday", "TUESDAY", "SATURDAY").param("slotTime", "13:30").param("need", "OXYGEN"))
			.andExpect(flash().attribute("done", "created"));
		mvc.perform(post("/dialysis/sessions/generate").with(page).with(csrf()))
			.andExpect(redirectedUrl("/dialysis"))
			.andExpect(flash().attributeExists("generated"));
		mvc.perform(get("/dialysis").with(page)).andExpect(status().isOk())
			.andExpect(content().string(containsString("透析患者601")))
			.andExpect(content().string(containsString("data-status=\"TRIP_REQUESTED\"")));
	}

	/** A hospital of the test district registered as the city registers one, closed afterwards when asked. */
	private String hospital(String prefix, boolean open, Integer slots, String... kinds) {
		String code = prefix + city.district.code();
		hospitals.register(new NewHospital(code, "医院" + code, city.district.code(), null, 31.2, 121.4, List.of(kinds),
				slots, null), HospitalAccess.city(), "test");
		if (!open) {
			hospitals.setOpen(code, false, null, HospitalAccess.city(), "test");
		}
		return code;
	}

	private ResidentView patient(String room, String hospital) {
		LocalDate birth = LocalDate.of(1960, 6, 1);
		return residents.register(new NewResident(null, city.compound.code(), "1", room, "透析患者" + room,
				IdDocumentType.RESIDENT_ID, TestCity.idNumber(birth, Sex.F), null, birth, Sex.F,
				Set.of(VulnerabilityTag.DIALYSIS), new MedicalProfile(hospital, null, null, List.of())),
				TerritoryScope.everything());
	}

	private ResultActions schedule(long resident, String hospital, String weekdays, String slot) throws Exception {
		return mvc.perform(post("/api/v1/dialysis/schedules").with(as(street)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"residentId\":" + resident + (hospital == null ? "" : ",\"hospitalCode\":\"" + hospital + "\"")
					+ ",\"weekdays\":" + weekdays + ",\"slotTime\":\"" + slot + "\",\"needs\":[\"WHEELCHAIR\"]}"));
	}

	private ResultActions generate(int days) throws Exception {
		return mvc.perform(post("/api/v1/dialysis/sessions/generate").with(as(street))
			.contentType(MediaType.APPLICATION_JSON).content("{\"days\":" + days + "}"));
	}

	private static int monWedFri(LocalDate from, LocalDate to) {
		return days(from, to, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
	}

	private static int days(LocalDate from, LocalDate to, Set<DayOfWeek> weekdays) {
		return (int) from.datesUntil(to.plusDays(1)).filter(d -> weekdays.contains(d.getDayOfWeek())).count();
	}

	private static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
