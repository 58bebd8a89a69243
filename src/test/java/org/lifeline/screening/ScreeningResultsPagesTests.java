package org.lifeline.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Screening on pages: the committee sees coverage per building, the missing names with masked phones and the
 * stay-in queue, confirms a corrected tube and downloads the call-down list with a reason; the resident sees the
 * stay-in banner and their results and reports an antigen self-test; the homes show the latest round's coverage.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class ScreeningResultsPagesTests {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F' };

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
	UserDetailsService details;

	@Autowired
	LabResults lab;

	TestCity city;

	ScreeningFixture screening;

	LifelineUser committee;

	ResidentView grandma;

	ResidentView grandson;

	ResidentView missing;

	String pool;

	@BeforeEach
	void round() {
		city = new TestCity(territory, residents, users);
		screening = new ScreeningFixture(jdbc);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		grandma = city.resident(city.compound, "501", "周桂兰");
		grandson = city.resident(city.compound, "501", "周杰");
		missing = city.resident(city.compound, "502", "吴敏");
		long round = screening.round(LocalDate.now(clock), city.street, city.compound);
		pool = screening.pool(round, clock.instant().minus(Duration.ofHours(5)), grandma.id(), grandson.id());
		lab.report(java.util.List.of(new LabResult(pool, "POSITIVE", clock.instant().minus(Duration.ofHours(1)).toString(),
				null)), "lab");
	}

	@Test
	void theCommitteeSeesCoverageMissingNamesAndTheStayInQueue() throws Exception {
		String page = mvc.perform(get("/screening").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"screening-buildings\"")))
			.andExpect(content().string(containsString("吴敏")))
			.andExpect(content().string(not(containsString(missing.phone()))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(missing.phone().substring(0, 3) + "****");
		mvc.perform(get("/screening/rechecks").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"awaiting-" + grandma.id() + "\"")))
			.andExpect(content().string(containsString("周杰")));
		mvc.perform(get("/").with(as(committee)))
			.andExpect(content().string(containsString("id=\"home-screening-coverage\"")))
			.andExpect(content().string(containsString("66.7%")));
		mvc.perform(get("/screening/households/" + grandma.householdId() + "/results").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pool)));
		mvc.perform(get("/screening/rounds/1/missing.xlsx").with(as(committee))).andExpect(status().is4xxClientError());
	}

	@Test
	void theCommitteeConfirmsACorrectedTubeOnThePage() throws Exception {
		lab.report(java.util.List.of(new LabResult(pool, "NEGATIVE", clock.instant().minus(Duration.ofMinutes(30)).toString(),
				null)), "lab");
		mvc.perform(get("/screening/rechecks").with(as(committee)))
			.andExpect(content().string(containsString("data-test=\"correction-" + pool + "\"")));
		mvc.perform(post("/screening/tubes/" + pool + "/confirm").with(as(committee)).with(csrf()))
			.andExpect(redirectedUrl("/screening/rechecks"));
		assertThat(screening.status(grandma.id())).isEqualTo("CLEAR");
	}

	@Test
	void theResidentSeesTheBannerTheirResultsAndReportsAnAntigenTest() throws Exception {
		LifelineUser resident = city.resident(grandma.householdId());
		mvc.perform(get("/").with(as(resident)))
			.andExpect(content().string(containsString("id=\"screening-stay-in\"")))
			.andExpect(content().string(containsString(pool)))
			.andExpect(content().string(containsString("id=\"antigen-form\"")));
		mvc.perform(multipart("/screening/antigen-tests").file(new MockMultipartFile("photo", "a.jpg", "image/jpeg", JPEG))
			.param("residentId", String.valueOf(grandson.id()))
			.param("result", "NEGATIVE")
			.param("takenAt", LocalDateTime.now(clock).minusMinutes(20).withNano(0).toString())
			.with(as(resident)).with(csrf()))
			.andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select count(*) from antigen_test where resident_id = ?").param(grandson.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	private RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}
