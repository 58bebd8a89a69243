package org.lifeline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.lifeline.residents.ResidentView;
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
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The command summaries of a district over the API: figures written by the passes (never counted on the call),
 * children one level down, the trend with a rebuilt earlier day, the zone map, outlines, exports and scope.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
@EnableScenarios
class DashboardApiIntegrationTests {

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
	JdbcClient jdbc;

	TestCity city;

	LifelineUser district;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
	}

	void report(ResidentView resident, FoundBy foundBy, LocalDate on) {
		reports.report(new NewCase(resident.id(), CaseType.ASYMPTOMATIC, on, foundBy, CaseSource.DISTRICT, null),
				TerritoryScope.everything(), "district");
	}

	@Test
	void theDistrictsFiguresComeFromTheKeptSummariesWithTheirChildrenTrendAndMap(Scenario scenario) throws Exception {
		LocalDate today = LocalDate.now(clock);
		// zones follow from the cases: both compounds have a positive, so both are sealed once zones has heard
		scenario.stimulate(() -> {
			report(city.resident(city.compound, "601", "黄一", VulnerabilityTag.AGED_80_PLUS), FoundBy.SCREENING,
					today.minusDays(1));
			report(city.resident(city.compound, "602", "黄二"), FoundBy.CONTROL, today);
			report(city.resident(city.otherCompound, "101", "黄三"), FoundBy.SCREENING, today);
		})
			.andWaitForStateChange(this::sealedCompounds, sealed -> sealed == 2)
			.andVerify(sealed -> assertThat(sealed).isEqualTo(2L));
		city.resident(city.otherCompound, "102", "黄四");
		passes.countResidents();
		passes.rebuildDay(today.minusDays(1));
		passes.refreshToday();

		mvc.perform(get("/api/v1/dashboard/" + city.district.code()).with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.asOf").exists())
			.andExpect(jsonPath("$.code").value(city.district.code()))
			.andExpect(jsonPath("$.residents").value(4))
			.andExpect(jsonPath("$.vulnerable").value(1))
			.andExpect(jsonPath("$.vulnerableByTag.AGED_80_PLUS").value(1))
			.andExpect(jsonPath("$.zones.SEALED.units").value(2))
			.andExpect(jsonPath("$.zones.SEALED.residents").value(4))
			.andExpect(jsonPath("$.requests.open").value(0))
			.andExpect(jsonPath("$.cases.newToday").value(2))
			.andExpect(jsonPath("$.cases.newInScreening").value(1))
			.andExpect(jsonPath("$.cases.awaitingTransfer").value(3))
			.andExpect(jsonPath("$.cases.clearDailyBacklog").value(1))
			.andExpect(jsonPath("$.cases.daysSinceFoundOutsideControl").value(0))
			.andExpect(jsonPath("$.previousDay.cases.newToday").value(1))
			.andExpect(jsonPath("$.children[0].code").value(city.street.code()))
			.andExpect(jsonPath("$.children[0].zones.SEALED.units").value(2))
			.andExpect(jsonPath("$.children[0].cases.newToday").value(2));

		mvc.perform(get("/api/v1/dashboard/" + city.district.code() + "/trend").param("days", "2")
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days.length()").value(2))
			.andExpect(jsonPath("$.days[0].date").value(today.minusDays(1).toString()))
			.andExpect(jsonPath("$.days[0].newCases").value(1))
			.andExpect(jsonPath("$.days[0].zones.SEALED.units").value(1))
			.andExpect(jsonPath("$.days[1].newCases").value(2))
			.andExpect(jsonPath("$.days[1].openRequests").value(0));

		mvc.perform(get("/api/v1/map/" + city.street.code()).with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.level").value("COMPOUND"))
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[*].properties.zone").value(hasItem("SEALED")))
			.andExpect(jsonPath("$.features[*].properties.residents").value(hasItem(2)))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Point"));
	}

	@Test
	void aDistrictsMapIsOneFeaturePerStreetWithItsCompoundsPerStreetOrZoomedInBox(Scenario scenario) throws Exception {
		scenario.stimulate(() -> report(city.resident(city.compound, "701", "林一"), FoundBy.SCREENING, LocalDate.now(clock)))
			.andWaitForStateChange(this::sealedCompounds, sealed -> sealed == 1)
			.andVerify(sealed -> assertThat(sealed).isEqualTo(1L));
		city.resident(city.compound, "702", "林二");
		city.resident(city.otherCompound, "101", "林三");
		passes.countResidents();
		passes.refreshToday();
		var as = httpBasic(district.username(), TestCity.PASSWORD);

		String etag = mvc.perform(get("/api/v1/map/" + city.district.code()).with(as))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.level").value("STREET"))
			.andExpect(jsonPath("$.features.length()").value(1))
			.andExpect(jsonPath("$.features[0].properties.code").value(city.street.code()))
			.andExpect(jsonPath("$.features[0].properties.zone").value("SEALED"))
			.andExpect(jsonPath("$.features[0].properties.residents").value(3))
			.andExpect(jsonPath("$.features[0].properties.units.SEALED").value(1))
			.andExpect(jsonPath("$.features[0].properties.units.PRECAUTION").value(1))
			.andExpect(jsonPath("$.features[0].properties.compounds").value(2))
			.andExpect(jsonPath("$.features[0].properties.hardCases").value(0))
			.andExpect(jsonPath("$.features[0].geometry.coordinates[0]").value(121.4))
			.andExpect(jsonPath("$.features[0].bbox.length()").value(4))
			.andExpect(header().string("Cache-Control", containsString("no-cache")))
			.andReturn().getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/api/v1/map/" + city.district.code()).header("If-None-Match", etag).with(as))
			.andExpect(status().isNotModified());

		mvc.perform(get("/api/v1/map/" + city.district.code()).param("level", "committee").with(as))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[*].properties.zone").value(hasItem("PRECAUTION")));
		mvc.perform(get("/api/v1/map/" + city.district.code()).param("level", "compound").with(as))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[*].properties.code").value(hasItem(city.compound.code())));
		mvc.perform(get("/api/v1/map/" + city.district.code()).param("bbox", "121.39,31.19,121.41,31.21").with(as))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.level").value("COMPOUND"))
			.andExpect(jsonPath("$.features.length()").value(2))
			.andExpect(jsonPath("$.features[*].properties.residents").value(hasItem(2)));
		mvc.perform(get("/api/v1/map/" + city.district.code()).param("bbox", "121.5,31.3,121.6,31.4").with(as))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features.length()").value(0));
	}

	@Test
	void aBadLevelOrBoxIsRefusedNamingTheField() throws Exception {
		passes.refreshToday();
		var as = httpBasic(district.username(), TestCity.PASSWORD);
		String[][] bad = { { "level", "planet", "level" }, { "level", "district", "level" },
				{ "bbox", "121.4,31.2,121.3", "bbox" }, { "bbox", "121.5,31.2,121.4,31.3", "bbox" },
				{ "bbox", "east,31.2,121.4,31.3", "bbox" } };
		for (String[] one : bad) {
			mvc.perform(get("/api/v1/map/" + city.district.code()).param(one[0], one[1]).with(as))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value(one[2]));
		}
		mvc.perform(get("/api/v1/map/" + city.street.code()).param("level", "street").with(as))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("level"));
		mvc.perform(get("/api/v1/map/" + city.district.code()).param("level", "street").param("bbox", "121,31,122,32")
			.with(as)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bbox"));
	}

	@Test
	void everyTableExportsAndOutlinesCanBeGeneratedOrUploaded() throws Exception {
		city.resident(city.compound, "701", "李一");
		passes.countResidents();
		passes.refreshToday();
		byte[] xlsx = mvc.perform(get("/api/v1/dashboard/" + city.district.code() + "/children.xlsx")
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(city.street.code());
		}
		for (String table : new String[] { "trend", "hard-cases", "boards/isolation" }) {
			mvc.perform(get("/api/v1/dashboard/" + city.district.code() + "/" + table + ".xlsx")
				.with(httpBasic(district.username(), TestCity.PASSWORD))).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/map/" + city.district.code() + "/outlines")
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
		mvc.perform(put("/api/v1/map/" + city.district.code() + "/outlines").contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\"}}]}")
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("geojson"));
		String own = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},"
				+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[121,31],[121.1,31],[121.1,31.1],[121,31]]]}}]}";
		mvc.perform(put("/api/v1/map/" + city.district.code() + "/outlines").contentType(MediaType.APPLICATION_JSON)
			.content(own)
			.with(httpBasic(district.username(), TestCity.PASSWORD))).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/map/" + city.district.code() + "/outlines")
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(jsonPath("$.features[0].properties.name").value("A"));
	}

	@Test
	void aBadSpanIsRefusedInTheReadersLanguage() throws Exception {
		mvc.perform(get("/api/v1/dashboard/" + city.district.code() + "/trend").param("days", "400")
			.header("Accept-Language", "zh-CN")
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("days"))
			.andExpect(jsonPath("$.detail").value("天数须在1到90之间，不能是400"));
	}

	@Test
	void anotherDistrictAnUnknownNodeAndABadSpanAreRefused() throws Exception {
		passes.refreshToday();
		TestCity elsewhere = new TestCity(territory, residents, users);
		for (String path : new String[] { "/api/v1/dashboard/", "/api/v1/map/" }) {
			mvc.perform(get(path + elsewhere.district.code()).with(httpBasic(district.username(), TestCity.PASSWORD)))
				.andExpect(status().isNotFound());
			mvc.perform(get(path + "NO-SUCH-NODE").with(httpBasic(district.username(), TestCity.PASSWORD)))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/dashboard/" + city.district.code() + "/trend").param("days", "400")
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("days"));
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		mvc.perform(get("/api/v1/dashboard/" + city.committee.code()).with(httpBasic(committee.username(), TestCity.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private long sealedCompounds() {
		return jdbc.sql("select count(*) from zone_unit_summary where zone = 'SEALED' and compound_id in (?, ?)")
			.params(city.compound.id(), city.otherCompound.id()).query(Long.class).single();
	}
}
