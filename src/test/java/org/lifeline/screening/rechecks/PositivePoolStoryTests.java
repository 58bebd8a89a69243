package org.lifeline.screening.rechecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Notification;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.PoolTestedPositive;
import org.lifeline.screening.ResidentTestedPositive;
import org.lifeline.screening.ScreeningFixture;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.function.ThrowingSupplier;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The story of a positive pool: the lab reports a 10-in-1 tube positive, its members await a recheck at home with
 * their households told to stay in, samplers take a single tube at each door, one recheck is positive (a case to
 * report) and one negative (cleared, with one more single tube tomorrow). Also antigen self-tests.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
@RecordApplicationEvents
@Import(MovableClock.Configuration.class)
class PositivePoolStoryTests {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H' };

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
	MovableClock clock;

	@Autowired
	Notifications notifications;

	@Autowired
	ApplicationEvents events;

	TestCity city;

	ScreeningFixture screening;

	LifelineUser lab;

	ResidentView mother;

	ResidentView son;

	ResidentView neighbour;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		screening = new ScreeningFixture(jdbc);
		lab = city.user(Role.LAB, null);
		mother = city.resident(city.compound, "301", "陈美华");
		son = city.resident(city.compound, "301", "陈小明");
		neighbour = city.resident(city.compound, "302", "刘洋");
	}

	@Test
	void aPositivePoolIsRecheckedAtTheDoorsAndTheRechecksDecideWhoIsPositive(Scenario scenario) throws Exception {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		LifelineUser street = city.user(Role.STREET_TASK_FORCE, city.street);
		LocalDate today = LocalDate.now(clock);
		long round = screening.round(today, city.street, city.compound);
		String pool = screening.pool(round, clock.instant().minus(Duration.ofHours(8)), mother.id(), son.id(),
				neighbour.id());

		scenario.stimulate(ThrowingSupplier.of(() -> report(pool, "POSITIVE").andExpect(jsonPath("$.applied", is(1)))))
			.andWaitForStateChange(() -> notifications.of(committee.id(), false, 50), found -> mention(found, pool))
			.andVerify(found -> assertThat(found).anySatisfy(n -> assertThat(n.text()).contains(pool)));
		assertThat(events.stream(PoolTestedPositive.class)).singleElement()
			.satisfies(e -> assertThat(e.residentIds()).containsExactlyInAnyOrder(mother.id(), son.id(), neighbour.id()));
		for (ResidentView member : List.of(mother, son, neighbour)) {
			assertThat(screening.status(member.id())).isEqualTo("AWAITING_RECHECK");
			assertThat(screening.openTasks(member.id())).containsExactly("RECHECK " + today);
		}

		clock.advance(Duration.ofHours(2));
		String motherRecheck = screening.single(round, clock.instant(), mother.id());
		screening.sampledAtHome(mother.id(), motherRecheck);
		String sonRecheck = screening.single(round, clock.instant(), son.id());
		screening.sampledAtHome(son.id(), sonRecheck);
		clock.advance(Duration.ofHours(3));
		scenario.stimulate(ThrowingSupplier.of(() -> {
			report(motherRecheck, "POSITIVE").andExpect(jsonPath("$.applied", is(1)));
			return report(sonRecheck, "NEGATIVE").andExpect(jsonPath("$.applied", is(1)));
		}))
			.andWaitForStateChange(() -> notifications.of(street.id(), false, 50), found -> mention(found, motherRecheck))
			.andVerify(found -> assertThat(found).anySatisfy(n -> assertThat(n.text()).contains(motherRecheck)));

		assertThat(events.stream(ResidentTestedPositive.class)).singleElement().satisfies(e -> {
			assertThat(e.residentId()).isEqualTo(mother.id());
			assertThat(e.tubeCode()).isEqualTo(motherRecheck);
			assertThat(e.compoundId()).isEqualTo(city.compound.id());
		});
		assertThat(screening.status(mother.id())).isEqualTo("POSITIVE");
		assertThat(screening.status(son.id())).isEqualTo("CLEAR");
		// the son is also the positive mother's close contact now, with daily single tubes of his own; tomorrow is
		// the day after the recheck's result, which the hours since sampling may have moved past midnight
		assertThat(screening.openTasks(son.id())).contains("FOLLOW_UP " + LocalDate.now(clock).plusDays(1))
			.noneMatch(task -> task.startsWith("RECHECK"));
		assertThat(screening.status(neighbour.id())).as("not yet rechecked").isEqualTo("AWAITING_RECHECK");

		mvc.perform(get("/api/v1/residents/" + mother.id()).with(basic(committee)))
			.andExpect(jsonPath("$.screeningStatus", is("POSITIVE")));
		mvc.perform(get("/api/v1/residents/" + son.id() + "/tests").with(basic(committee)))
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].kind", is("PCR_SINGLE")))
			.andExpect(jsonPath("$.items[0].result", is("NEGATIVE")))
			.andExpect(jsonPath("$.items[1].kind", is("PCR_POOL")))
			.andExpect(jsonPath("$.items[1].tubeCode", is(pool)))
			.andExpect(jsonPath("$.items[1].result", is("POSITIVE")));
	}

	@Test
	void aResultShowsOnlyOnceReportedAndOnlyToThoseInScope() throws Exception {
		long round = screening.round(LocalDate.now(clock), city.street, city.compound);
		String tube = screening.pool(round, clock.instant().minus(Duration.ofHours(1)), neighbour.id());
		LifelineUser resident = city.resident(neighbour.householdId());
		mvc.perform(get("/api/v1/residents/" + neighbour.id() + "/tests").with(basic(resident)))
			.andExpect(jsonPath("$.items[0].tubeCode", is(tube)))
			.andExpect(jsonPath("$.items[0].result", nullValue()))
			.andExpect(jsonPath("$.items[0].reportedAt", nullValue()));
		mvc.perform(get("/api/v1/residents/" + mother.id() + "/tests").with(basic(resident)))
			.andExpect(status().isNotFound());
		report(tube, "NEGATIVE");
		mvc.perform(get("/api/v1/residents/" + neighbour.id() + "/tests").with(basic(resident)))
			.andExpect(jsonPath("$.items[0].result", is("NEGATIVE")));
	}

	@Test
	void aPositiveAntigenSelfTestMakesAHomeRecheckAndBadInputIsNamed() throws Exception {
		LifelineUser resident = city.resident(mother.householdId());
		String takenAt = LocalDateTime.now(clock).minusHours(1).withNano(0).toString();
		antigen(resident, mother.id(), "POSITIVE", takenAt, PNG).andExpect(status().isCreated())
			.andExpect(jsonPath("$.screeningStatus", is("AWAITING_RECHECK")));
		assertThat(screening.openTasks(mother.id())).containsExactly("ANTIGEN_POSITIVE " + LocalDate.now(clock));
		antigen(resident, son.id(), "NEGATIVE", takenAt, PNG).andExpect(status().isCreated())
			.andExpect(jsonPath("$.screeningStatus", is("CLEAR")));
		mvc.perform(get("/api/v1/residents/" + son.id() + "/tests").with(basic(resident)))
			.andExpect(jsonPath("$.items[0].kind", is("ANTIGEN")))
			.andExpect(jsonPath("$.items[0].result", is("NEGATIVE")));
		antigen(resident, son.id(), "MAYBE", takenAt, PNG).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("result")));
		antigen(resident, son.id(), "NEGATIVE", "soon", PNG).andExpect(jsonPath("$.field", is("takenAt")));
		antigen(resident, son.id(), "NEGATIVE", takenAt, "not an image".getBytes()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("photo")));
		antigen(resident, son.id(), "NEGATIVE", takenAt, new byte[6 * 1024 * 1024])
			.andExpect(jsonPath("$.field", is("photo")));
		antigen(resident, neighbour.id(), "NEGATIVE", takenAt, PNG).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from antigen_test where resident_id = ?").param(son.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	private ResultActions antigen(LifelineUser user, long resident, String result, String takenAt, byte[] photo)
			throws Exception {
		return mvc.perform(multipart("/api/v1/residents/" + resident + "/antigen-tests")
			.file(new MockMultipartFile("photo", "test.png", "image/png", photo))
			.param("result", result)
			.param("takenAt", takenAt)
			.with(basic(user)));
	}

	private ResultActions report(String tube, String result) throws Exception {
		String body = "{\"results\":[{\"tubeCode\":\"" + tube + "\",\"result\":\"" + result + "\",\"reportedAt\":\""
				+ clock.instant().minusSeconds(60) + "\"}]}";
		return mvc.perform(post("/api/v1/screening/results").with(basic(lab)).contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isOk());
	}

	private static boolean mention(List<Notification> found, String text) {
		return found.stream().anyMatch(n -> n.text().contains(text));
	}

	private static RequestPostProcessor basic(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
