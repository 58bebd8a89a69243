package org.lifeline.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.cases.CaseReports;
import org.lifeline.cases.CaseSource;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.FoundBy;
import org.lifeline.cases.NewCase;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The command pages render from the kept figures: the dashboard with its day's numbers, arrows, trend charts,
 * children linking one level down and exports; the map, hard cases with a compound positive on 3 of 5 days, and
 * a task-force board with the child missing its target first and its queue, the overdue first; the district's
 * command home reads the kept figures (a case reported after the last pass shows only after the next one).
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false",
		"lifeline.dashboard.refresh.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class DashboardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseReports reports;

	@Autowired
	SummaryPasses passes;

	@Autowired
	MovableClock clock;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	TestCity city;

	LifelineUser district;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		LocalDate today = LocalDate.now(clock);
		for (int back = 0; back < 3; back++) {
			long id = city.resident(city.compound, "80" + back, "周" + back).id();
			reports.report(new NewCase(id, CaseType.ASYMPTOMATIC, today.minusDays(back), FoundBy.CONTROL,
					CaseSource.DISTRICT, null), TerritoryScope.everything(), "district");
		}
		passes.countResidents();
		passes.rebuildDay(today.minusDays(1));
		passes.refreshToday();
	}

	@Test
	void theDistrictDashboardShowsTheDaysNumbersTrendChildrenAndLinks() throws Exception {
		mvc.perform(get("/dashboard").with(user(details.loadUserByUsername(district.username()))))
			.andExpect(redirectedUrl("/dashboard/" + city.district.code()));
		mvc.perform(get("/dashboard/" + city.district.code()).with(user(details.loadUserByUsername(district.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"dashboard-as-of\"")))
			.andExpect(content().string(containsString("data-test=\"newCases\">1<")))
			.andExpect(content().string(containsString("data-change=\"0\"")))
			.andExpect(content().string(containsString("id=\"chart-cases\"")))
			.andExpect(content().string(containsString("/dist/echarts.min.js")))
			.andExpect(content().string(containsString("href=\"/dashboard/" + city.street.code() + "\"")))
			.andExpect(content().string(containsString("\"/dashboard/" + city.district.code() + "/children.xlsx\"")))
			.andExpect(content().string(containsString("id=\"check-ins-missed\"")));
	}

	@Test
	void theDashboardPageReachesItsTrendAndExportsWithTheSignedInSession() throws Exception {
		var as = user(details.loadUserByUsername(district.username()));
		mvc.perform(get("/dashboard/" + city.district.code() + "/trend.json").param("days", "2").with(as))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days.length()").value(2))
			.andExpect(jsonPath("$.days[1].newCases").value(1));
		mvc.perform(get("/dashboard/" + city.district.code() + "/trend.json").param("days", "400").with(as))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("days")));
		for (String table : new String[] { "children", "trend", "hard-cases", "boards/isolation" }) {
			mvc.perform(get("/dashboard/" + city.district.code() + "/" + table + ".xlsx").with(as))
				.andExpect(status().isOk())
				.andExpect(content().contentType(DashboardSheets.MEDIA_TYPE));
		}
	}

	@Test
	void theDistrictHomeReadsTheKeptSummariesWithTheirTimeNotTheRows() throws Exception {
		var as = user(details.loadUserByUsername(district.username()));
		mvc.perform(get("/").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"home-as-of\"")))
			.andExpect(content().string(containsString("data-awaiting=\"3\"")))
			.andExpect(content().string(containsString("id=\"home-coverage\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-test=\"count-households\""))));
		long id = city.resident(city.compound, "901", "郑九").id();
		reports.report(new NewCase(id, CaseType.CONFIRMED, LocalDate.now(clock), FoundBy.SCREENING, CaseSource.DISTRICT,
				null), TerritoryScope.everything(), "district");
		mvc.perform(get("/").with(as)).andExpect(content().string(containsString("data-awaiting=\"3\"")));
		passes.refreshToday();
		mvc.perform(get("/").with(as)).andExpect(content().string(containsString("data-awaiting=\"4\"")));
	}

	@Test
	void theMapHardCasesAndABoardRender() throws Exception {
		var as = user(details.loadUserByUsername(district.username()));
		mvc.perform(get("/dashboard/" + city.district.code() + "/map").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/dashboard/" + city.district.code() + "/outlines.geojson")))
			.andExpect(content().string(containsString("/dist/leaflet.js")))
			.andExpect(content().string(not(containsString("data-tile-url"))))
			.andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:;")));
		mvc.perform(get("/dashboard/" + city.district.code() + "/map.geojson").with(as))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("STREET"))
			.andExpect(jsonPath("$.features[0].properties.code").value(city.street.code()))
			.andExpect(jsonPath("$.features[0].properties.hardCases").value(1));
		mvc.perform(get("/dashboard/" + city.street.code() + "/map.geojson").with(as))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("COMPOUND"))
			.andExpect(jsonPath("$.features[?(@.properties.code == '" + city.compound.code() + "')].properties.hardCase")
				.value(org.hamcrest.Matchers.hasItem(true)));
		mvc.perform(get("/dashboard/" + city.street.code() + "/map.geojson").param("bbox", "nowhere").with(as))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("bbox"));
		mvc.perform(get("/dashboard/" + city.district.code() + "/hard-cases").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"" + city.compound.code() + "\"")));
		mvc.perform(get("/dashboard/" + city.district.code() + "/boards/isolation").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"" + city.street.code() + "\" data-misses=\"true\"")));
		mvc.perform(get("/dashboard/" + city.street.code() + "/boards/isolation").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board-queue-items\" data-total=\"3\" data-overdue=\"2\"")))
			.andExpect(content().string(containsString("data-overdue=\"true\" data-place=\"" + city.compound.code() + "\"")))
			.andExpect(content().string(containsString("href=\"/cases/")))
			.andExpect(content().string(containsString("href=\"/cases\"")));
		mvc.perform(get("/dashboard/" + city.district.code() + "/boards/requests").with(as))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"board-queue-empty\"")));
		for (TaskForce force : TaskForce.values()) {
			mvc.perform(get("/dashboard/" + city.district.code() + "/boards/" + force.slug()).with(as))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"board-queue-items\"")))
				.andExpect(content().string(containsString("href=\"" + force.queue() + "\"")));
		}
		mvc.perform(get("/dashboard/" + city.district.code() + "/boards/nothing").with(as))
			.andExpect(status().isBadRequest());
	}
}
