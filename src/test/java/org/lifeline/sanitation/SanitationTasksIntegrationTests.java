package org.lifeline.sanitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.is;
import static org.lifeline.sanitation.SanitationApiIntegrationTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.TaskStatus;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sanitation's tasks for the volunteers' list, through the published interface: a sealed compound's disinfection
 * rounds and door pickups of the day, parcels logged at the gate; done once, failed only with a reason, never
 * outside the volunteer's buildings; a delivered parcel confirmed by the resident.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SanitationTasksIntegrationTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

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
	DisinfectionPoints points;

	@Autowired
	List<VolunteerTaskSource> sources;

	@Autowired
	DisinfectionTasks disinfection;

	@Autowired
	GarbagePickups pickups;

	@Autowired
	Parcels parcels;

	TestCity city;

	ResidentView resident;

	TerritoryNode building;

	TaskScope volunteer;

	LocalDate today;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		resident = city.resident(city.compound, "302", "王小明");
		building = territory.byCode(resident.buildingCode());
		points.generate(city.compound.scope());
		zoning.setZone(city.compound.code(), Zone.SEALED, "楼内新增阳性", "district", TerritoryScope.everything());
		volunteer = new TaskScope(4242, "志愿者小张", Set.of(building.id()));
		today = LocalDate.now(SHANGHAI);
	}

	@Test
	void sanitationAnswersForItsOwnKindsOnly() {
		assertThat(sources).anySatisfy(s -> assertThat(s.kinds()).containsExactly("DISINFECTION"))
			.anySatisfy(s -> assertThat(s.kinds()).containsExactly("GARBAGE_PICKUP"))
			.anySatisfy(s -> assertThat(s.kinds()).containsExactly("PARCEL_DELIVERY"));
	}

	@Test
	void aSealedBuildingsDisinfectionRoundsAreTheDaysTasksAndDoneRecordsTheRounds() {
		List<VolunteerTask> tasks = disinfection.tasks(volunteer, today);
		assertThat(tasks).hasSize(3).allSatisfy(t -> {
			assertThat(t.kind()).isEqualTo("DISINFECTION");
			assertThat(t.buildingCode()).isEqualTo(building.code());
			assertThat(t.status()).isEqualTo(TaskStatus.OPEN);
		});
		assertThat(tasks.get(0).due().atZone(SHANGHAI).getHour()).isEqualTo(8);
		assertThat(disinfection.tasks(volunteer, today)).hasSize(3);

		disinfection.complete("DISINFECTION", tasks.get(0).ref(), volunteer, new TaskOutcome(true, null));
		Integer rounds = jdbc.sql("select count(*) from disinfection_round where task_id = ?")
			.param(Long.parseLong(tasks.get(0).ref())).query(Integer.class).single();
		assertThat(rounds).isEqualTo(6);
		disinfection.complete("DISINFECTION", tasks.get(2).ref(), volunteer, new TaskOutcome(true, null));
		Integer lastRound = jdbc.sql("select count(*) from disinfection_round where task_id = ?")
			.param(Long.parseLong(tasks.get(2).ref())).query(Integer.class).single();
		assertThat(lastRound).as("only the garbage point is done three times a day").isEqualTo(1);
		assertThat(disinfection.tasks(volunteer, today).get(0).status()).isEqualTo(TaskStatus.DONE);

		assertThatThrownBy(() -> disinfection.complete("DISINFECTION", tasks.get(0).ref(), volunteer,
				new TaskOutcome(true, null))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> disinfection.complete("DISINFECTION", tasks.get(1).ref(), volunteer,
				new TaskOutcome(false, " "))).isInstanceOf(InvalidInputException.class);
		TaskScope stranger = new TaskScope(1, "别楼志愿者", Set.of(-1L));
		assertThatThrownBy(() -> disinfection.complete("DISINFECTION", tasks.get(1).ref(), stranger,
				new TaskOutcome(true, null))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> disinfection.complete("DISINFECTION", "not-a-number", volunteer,
				new TaskOutcome(true, null))).isInstanceOf(NotFoundException.class);
	}

	@Test
	void doorPickupsFollowTheSealedScheduleAndFailWithAReason() {
		List<VolunteerTask> tasks = pickups.tasks(volunteer, today);
		assertThat(tasks).extracting(t -> t.due().atZone(SHANGHAI).toLocalTime().toString())
			.containsExactly("07:30", "18:00");
		pickups.complete("GARBAGE_PICKUP", tasks.get(0).ref(), volunteer, new TaskOutcome(false, "住户不在家"));
		assertThat(pickups.tasks(volunteer, today).get(0).status()).isEqualTo(TaskStatus.FAILED);
		assertThatThrownBy(() -> pickups.complete("GARBAGE_PICKUP", tasks.get(0).ref(), volunteer,
				new TaskOutcome(true, null))).isInstanceOf(ConflictException.class);
	}

	@Test
	void aParcelLoggedAtTheGateIsDeliveredByTheVolunteerAndConfirmedByTheResident() throws Exception {
		LifelineUser staff = city.user(Role.COMMITTEE_STAFF, city.committee);
		String logged = mvc.perform(post("/api/v1/sanitation/parcels").contentType(MediaType.APPLICATION_JSON)
				.content("{\"buildingCode\":\"" + building.code() + "\",\"room\":\"302\",\"description\":\"京东 中件\"}")
				.with(as(staff)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status", is("AT_GATE")))
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(logged, "$.id")).longValue();
		mvc.perform(post("/api/v1/sanitation/parcels").contentType(MediaType.APPLICATION_JSON)
				.content("{\"buildingCode\":\"" + building.code() + "\",\"room\":\"999\",\"description\":\"x\"}")
				.with(as(staff)))
			.andExpect(status().isNotFound());

		List<VolunteerTask> tasks = parcels.tasks(volunteer, today);
		assertThat(tasks).singleElement().satisfies(t -> {
			assertThat(t.room()).isEqualTo("302");
			assertThat(t.ref()).isEqualTo(Long.toString(id));
		});
		LifelineUser home = city.resident(resident.householdId());
		mvc.perform(post("/api/v1/sanitation/parcels/" + id + "/confirm").with(as(home)))
			.andExpect(status().isConflict());
		parcels.complete("PARCEL_DELIVERY", Long.toString(id), volunteer, new TaskOutcome(true, null));
		assertThat(parcels.tasks(volunteer, today)).singleElement()
			.satisfies(t -> assertThat(t.status()).isEqualTo(TaskStatus.DONE));
		assertThatThrownBy(() -> parcels.complete("PARCEL_DELIVERY", Long.toString(id), volunteer,
				new TaskOutcome(true, null))).isInstanceOf(ConflictException.class);
		mvc.perform(get("/api/v1/sanitation/parcels").with(as(home)))
			.andExpect(jsonPath("$.items[0].status", is("DELIVERED")));
		mvc.perform(post("/api/v1/sanitation/parcels/" + id + "/confirm").with(as(home)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CONFIRMED")));
	}
}
