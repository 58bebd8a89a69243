package org.lifeline.cases;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.SignedInSession;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The daily bulletin of a district over the API: figures, zones, compounds, the official text, XLSX, bad dates. */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.cases.clear-daily.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@EnableScenarios
@Import(MovableClock.Configuration.class)
class BulletinApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseReports reports;

	@Autowired
	CaseTransfers transfers;

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

	long report(ResidentView resident, CaseType type, FoundBy foundBy, LocalDate on) {
		return reports.report(new NewCase(resident.id(), type, on, foundBy, CaseSource.DISTRICT, null),
				TerritoryScope.everything(), "district").id();
	}

	@Test
	void theBulletinCountsTheDaysCasesZonesAndCompoundsInTheOfficialPhrasing(Scenario scenario) throws Exception {
		LocalDate today = LocalDate.now(clock);
		LocalDate yesterday = today.minusDays(1);
		long waiting = report(city.resident(city.compound, "601", "黄一"), CaseType.ASYMPTOMATIC, FoundBy.CONTROL, yesterday);
		long converting = report(city.resident(city.compound, "602", "黄二"), CaseType.ASYMPTOMATIC, FoundBy.CONTROL, yesterday);
		transfers.admit(converting, "FC-1", "GENERAL", "desk");
		reports.convert(converting, TerritoryScope.everything(), "desk");
		// zones follow from the cases: both compounds have a positive today, so both are sealed once zones has heard
		scenario.stimulate(() -> {
			report(city.resident(city.compound, "603", "黄三"), CaseType.CONFIRMED, FoundBy.SCREENING, today);
			report(city.resident(city.otherCompound, "101", "黄四"), CaseType.ASYMPTOMATIC, FoundBy.CONTROL, today);
			report(city.resident(city.otherCompound, "102", "黄五"), CaseType.CONFIRMED, FoundBy.CONTROL, today);
		})
			.andWaitForStateChange(this::sealedCompounds, sealed -> sealed == 2)
			.andVerify(sealed -> org.assertj.core.api.Assertions.assertThat(sealed).isEqualTo(2L));

		mvc.perform(get("/api/v1/bulletins/" + today).param("territory", city.district.code())
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.newConfirmed").value(3))
			.andExpect(jsonPath("$.newAsymptomatic").value(1))
			.andExpect(jsonPath("$.conversions").value(1))
			.andExpect(jsonPath("$.foundUnderControl").value(2))
			.andExpect(jsonPath("$.foundInScreening").value(1))
			.andExpect(jsonPath("$.discharged").value(0))
			.andExpect(jsonPath("$.backlog").value(1))
			.andExpect(jsonPath("$.inFacilities").value(1))
			.andExpect(jsonPath("$.zones.SEALED.units").value(2))
			.andExpect(jsonPath("$.zones.SEALED.residents").value(5))
			.andExpect(jsonPath("$.zones.PRECAUTION.units").value(0))
			.andExpect(jsonPath("$.zones.PRECAUTION.residents").value(0))
			.andExpect(jsonPath("$.zones.CONTROLLED.units").value(0))
			.andExpect(jsonPath("$.compounds[*].name").value(org.hamcrest.Matchers.contains("和平花园", "幸福小区")))
			.andExpect(jsonPath("$.compounds[0].districtCode").value(city.district.code()));
		assertText(today, waiting);
		byte[] xlsx = mvc.perform(get("/api/v1/bulletins/" + today + ".xlsx").param("territory", city.district.code())
			.with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			org.assertj.core.api.Assertions.assertThat(book.getSheetAt(0).getRow(2).getCell(1).getStringCellValue())
				.isEqualTo("3");
		}
	}

	@Test
	void thePageHandsOverTheSpreadsheetOnTheSignedInSession() throws Exception {
		LocalDate today = LocalDate.now(clock);
		jakarta.servlet.http.Cookie session = SignedInSession.of(mvc, district.username(), TestCity.PASSWORD);
		mvc.perform(get("/bulletins").param("date", today.toString()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/bulletins/" + today + ".xlsx")));
		mvc.perform(get("/bulletins/" + today + ".xlsx").param("territory", city.district.code()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/api/v1/bulletins/" + today + ".xlsx").cookie(session)).andExpect(status().isUnauthorized());
		mvc.perform(get("/bulletins/13-04-2022.xlsx").cookie(session))
			.andExpect(status().isSeeOther())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/bulletins"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem", "date"));
	}

	private long sealedCompounds() {
		return jdbc.sql("select count(*) from compound_zone where zone = 'SEALED' and compound_id in (?, ?)")
			.params(city.compound.id(), city.otherCompound.id()).query(Long.class).single();
	}

	private void assertText(LocalDate today, long waiting) {
		String text = BulletinText.of(new Bulletins(jdbc, territory, clock).of(today, city.district.scope()));
		org.assertj.core.api.Assertions.assertThat(text)
			.startsWith(today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日0—24时，测试区新增本土新冠肺炎确诊病例3例和无症状感染者1例")
			.contains("其中1例确诊病例为此前无症状感染者转归，1例确诊病例和1例无症状感染者在隔离管控中发现，其余在相关风险人群筛查中发现。")
			.contains("此前报告尚未转运收治1例")
			.contains("测试区新增阳性感染者分别居住于：和平花园，幸福小区。");
	}

	@Test
	void aBadDateOrAForeignTerritoryIsRefused() throws Exception {
		mvc.perform(get("/api/v1/bulletins/13-04-2022").with(httpBasic(district.username(), TestCity.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("date"))
			.andExpect(jsonPath("$.detail", containsString("13-04-2022")));
		TestCity elsewhere = new TestCity(territory, residents, users);
		mvc.perform(get("/api/v1/bulletins/2022-04-13").param("territory", elsewhere.district.code())
			.with(httpBasic(district.username(), TestCity.PASSWORD))).andExpect(status().isNotFound());
	}
}
