package org.lifeline.screening.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.residents.NewResident;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.Sex;
import org.lifeline.screening.ScreeningFixture;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A round's coverage and missing list per compound and building, the audited export, and who may see them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class CoverageApiIntegrationTests {

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

	TestCity city;

	ScreeningFixture screening;

	LifelineUser committee;

	ResidentView missing;

	long round;

	TerritoryNode buildingTwo;

	@BeforeEach
	void round() {
		city = new TestCity(territory, residents, users);
		screening = new ScreeningFixture(jdbc);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		ResidentView sampled = city.resident(city.compound, "101", "王秀英");
		ResidentView away = city.resident(city.compound, "102", "李强");
		ResidentView bedBound = inBuildingTwo("201", "赵奶奶");
		missing = inBuildingTwo("202", "孙浩");
		city.resident(city.otherCompound, "101", "钱明");
		LocalDate today = LocalDate.now(clock);
		round = screening.round(today, city.street, city.compound);
		screening.pool(round, clock.instant().minus(Duration.ofHours(3)), sampled.id());
		screening.exempt(away.id(), today.minusDays(1), "AWAY_WITH_PROOF");
		screening.sampledAtHomeFor(round, clock.instant().minus(Duration.ofHours(2)), bedBound.id());
		buildingTwo = territory.children(city.compound).stream().filter(b -> b.code().endsWith("2")).findFirst().orElseThrow();
	}

	private ResidentView inBuildingTwo(String room, String name) {
		LocalDate birth = LocalDate.of(1942, 5, 1);
		return residents.register(new NewResident(null, city.compound.code(), "2", room, name, IdDocumentType.RESIDENT_ID,
				TestCity.idNumber(birth, Sex.F), null, birth, Sex.F, Set.of(), MedicalProfile.NONE),
				TerritoryScope.everything());
	}

	@Test
	void coverageCountsSampledAnywhereAtHomeAndExemptAndTheRestIsMissing() throws Exception {
		mvc.perform(get("/api/v1/screening/rounds/" + round + "/coverage").with(basic(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inScope", is(4)))
			.andExpect(jsonPath("$.sampled", is(2)))
			.andExpect(jsonPath("$.exempt", is(1)))
			.andExpect(jsonPath("$.missing", is(1)));
		mvc.perform(get("/api/v1/screening/rounds/" + round + "/coverage").param("territory", buildingTwo.code())
			.with(basic(committee)))
			.andExpect(jsonPath("$.inScope", is(2)))
			.andExpect(jsonPath("$.sampled", is(1)))
			.andExpect(jsonPath("$.missing", is(1)));
		mvc.perform(get("/api/v1/screening/rounds/" + round + "/missing").with(basic(committee)))
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].residentId", is((int) missing.id())))
			.andExpect(jsonPath("$.items[0].building", is(buildingTwo.code())))
			.andExpect(jsonPath("$.items[0].room", is("202")));
		mvc.perform(get("/api/v1/screening/rounds/" + round + "/buildings").with(basic(committee)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[1].coverage.missing", is(1)));
	}

	@Test
	void theMissingListExportsAsAnAuditedWorkbookWithAReason() throws Exception {
		mvc.perform(get("/api/v1/screening/rounds/" + round + "/missing/export").with(basic(committee)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("reason")));
		byte[] xlsx = mvc.perform(get("/api/v1/screening/rounds/" + round + "/missing/export")
			.param("reason", "楼组长电话通知补采").with(basic(committee)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue()).isEqualTo("孙浩");
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where subject_type = 'SCREENING_MISSING' and reason = ?")
			.param("楼组长电话通知补采").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aRoundOutsideTheCallersScopeIsUnknownAndResidentsCannotAsk() throws Exception {
		TestCity elsewhere = new TestCity(territory, residents, users);
		LifelineUser other = elsewhere.user(Role.COMMITTEE_STAFF, elsewhere.committee);
		mvc.perform(get("/api/v1/screening/rounds/" + round + "/coverage").with(basic(other)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/screening/rounds/999999999/missing").with(basic(committee)))
			.andExpect(status().isNotFound());
		LifelineUser resident = city.resident(missing.householdId());
		mvc.perform(get("/api/v1/screening/rounds/" + round + "/coverage").with(basic(resident)))
			.andExpect(status().isForbidden());
	}

	private static RequestPostProcessor basic(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
