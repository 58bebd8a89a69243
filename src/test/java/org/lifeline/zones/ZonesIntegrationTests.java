package org.lifeline.zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.InChinese;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Zones computed from cases: the event path, the daily tick over the days of a unit's clock, the district
 * override and its end, the acceptance API, the rule-set switch with building sealing, and the zone on the
 * resident's home.
 */
@SpringBootTest(properties = { "lifeline.requests.deadline-watch.enabled=false", "lifeline.zones.daily-tick.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
@EnableScenarios
class ZonesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	MovableClock clock;

	@Autowired
	Zoning zoning;

	@Autowired
	CasePositives positives;

	@Autowired
	DailyZoneTick tick;

	@Autowired
	ZoneRuleSets ruleSets;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService details;

	TestCity city;

	LifelineUser district;

	@BeforeEach
	void city() {
		city = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Zoning.SHANGHAI));
	}

	CompoundZone zone() {
		return zoning.zoneOf(city.compound.code(), TerritoryScope.everything());
	}

	@Test
	void aReportedCaseSealsItsCompoundAndTellsTheCommittee(Scenario scenario) {
		LifelineUser committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		LocalDate day = today();
		// the case seals the compound, and the zone change reaches the committee's notifications
		scenario.publish(ZoneTestData.caseIn(territory, city.compound, "3", day))
			.andWaitForStateChange(() -> InChinese.read(() -> notifications.of(committee.id(), true, 10)).stream()
				.anyMatch(n -> n.text().contains("封控区") && n.link().equals("/zones/" + city.compound.code())),
					told -> told)
			.andVerify(told -> assertThat(told).isTrue());
		CompoundZone zone = zone();
		assertThat(zone.zone()).isEqualTo(Zone.SEALED);
		assertThat(zone.dayZero()).isEqualTo(day);
		assertThat(zone.expectedRelease()).isEqualTo(day.plusDays(14));
		assertThat(zone.ruleSet()).isEqualTo("SHANGHAI_2022_04_11");
		assertThat(zone.history()).hasSize(1);
		assertThat(zone.history().get(0).from()).isEqualTo(Zone.PRECAUTION);
		assertThat(zone.history().get(0).reason())
			.isEqualTo("3号楼新增阳性 " + day.getMonthValue() + "月" + day.getDayOfMonth() + "日");
		assertThat(zoning.zonesOf(java.util.List.of(city.compound, city.otherCompound)))
			.containsEntry(city.compound.code(), Zone.SEALED)
			.containsEntry(city.otherCompound.code(), Zone.PRECAUTION);
	}

	@Test
	void theDailyTickMovesAUnitDownDayByDayAndANewPositiveRestartsTheClock() {
		positives.record(ZoneTestData.caseIn(territory, city.compound, "1", today()));
		assertThat(zone().zone()).isEqualTo(Zone.SEALED);
		clock.advance(Duration.ofDays(6));
		tick.runNow();
		assertThat(zone().zone()).isEqualTo(Zone.SEALED);
		clock.advance(Duration.ofDays(1));
		tick.runNow();
		assertThat(zone().zone()).isEqualTo(Zone.CONTROLLED);
		assertThat(zone().history().get(0).reason()).isEqualTo("连续7天无新增");
		positives.record(ZoneTestData.caseIn(territory, city.compound, "2", today()));
		assertThat(zone().zone()).isEqualTo(Zone.SEALED);
		assertThat(zone().dayZero()).isEqualTo(today());
		clock.advance(Duration.ofDays(14));
		tick.runNow();
		CompoundZone released = zone();
		assertThat(released.zone()).isEqualTo(Zone.PRECAUTION);
		assertThat(released.history().get(0).reason()).isEqualTo("连续14天无新增");
		assertThat(released.history()).extracting(CompoundZone.Change::to)
			.containsExactly(Zone.PRECAUTION, Zone.SEALED, Zone.CONTROLLED, Zone.SEALED);
		assertThat(released.expectedRelease()).isEqualTo(today());
	}

	@Test
	void theSetBasedComputationAgreesWithTheRuleSetDayByDay() {
		ZoneRuleSet rules = ruleSets.active();
		var compounds = new java.util.ArrayList<org.lifeline.territory.TerritoryNode>();
		for (int clean = 0; clean <= 16; clean++) {
			var compound = territory.add(new org.lifeline.territory.NewTerritoryNode(city.compound.code() + "X" + clean,
					org.lifeline.territory.TerritoryKind.COMPOUND, "小区" + clean, city.committee.code(), "路" + clean, 31.2,
					121.4));
			compounds.add(compound);
			positives.record(ZoneTestData.caseIn(territory, compound, "1", today().minusDays(clean)));
		}
		tick.runNow();
		for (int clean = 0; clean <= 16; clean++) {
			CompoundZone zone = zoning.zoneOf(compounds.get(clean).code(), TerritoryScope.everything());
			assertThat(zone.zone()).as("%d clean days", clean).isEqualTo(rules.zoneOn(today().minusDays(clean), today()));
			assertThat(zone.expectedRelease()).isEqualTo(today().minusDays(clean).plusDays(14));
		}
	}

	@Test
	void aDistrictOverrideNeedsAReasonAndAnEndDateAndGivesWayWhenItEnds() throws Exception {
		String url = "/api/v1/zones/" + city.compound.code() + "/override";
		as(district, post(url).content("""
				{"zone": "SEALED", "until": "%s"}""".formatted(today().plusDays(2))))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.field", is("reason")));
		as(district, post(url).content("""
				{"zone": "SEALED", "reason": "密接较多", "until": "%s"}""".formatted(today().minusDays(1))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("until")));
		as(district, post(url).content("""
				{"zone": "SEALED", "reason": "密接较多"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("until")));
		as(city.user(Role.COMMITTEE_STAFF, city.committee), post(url).content("""
				{"zone": "SEALED", "reason": "密接较多", "until": "%s"}""".formatted(today().plusDays(2))))
			.andExpect(status().isForbidden());
		assertThat(zone().history()).isEmpty();

		as(district, post(url).content("""
				{"zone": "SEALED", "reason": "密接较多", "until": "%s"}""".formatted(today().plusDays(2))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.zone", is("SEALED")))
			.andExpect(jsonPath("$.override.zone", is("SEALED")))
			.andExpect(jsonPath("$.override.reason", is("密接较多")))
			.andExpect(jsonPath("$.override.until", is(today().plusDays(2).toString())))
			.andExpect(jsonPath("$.computedZone", is("PRECAUTION")))
			.andExpect(jsonPath("$.history[0].reason", startsWith("区级调整：密接较多")));
		tick.runNow();
		assertThat(zone().zone()).isEqualTo(Zone.SEALED);
		clock.advance(Duration.ofDays(3));
		tick.runNow();
		CompoundZone after = zone();
		assertThat(after.zone()).isEqualTo(Zone.PRECAUTION);
		assertThat(after.override()).isNull();
		assertThat(after.history().get(0).reason()).isEqualTo("区级调整到期，按计算结果执行");
	}

	@Test
	void aRefusedOverrideIsSaidInTheReadersLanguage() throws Exception {
		as(district, post("/api/v1/zones/" + city.compound.code() + "/override").header("Accept-Language", "zh-CN")
			.content("""
					{"zone": "SEALED", "until": "%s"}""".formatted(today().plusDays(2))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("reason")))
			.andExpect(jsonPath("$.detail", is("每次人工调整都须填写理由")));
	}

	@Test
	void whileAnOverrideHoldsTheComputationStillRecordsWhatTheUnitWouldBe() throws Exception {
		zoning.override(city.compound.code(), Zone.CONTROLLED, "市里统一调整", today().plusDays(5), "district",
				TerritoryScope.everything());
		positives.record(ZoneTestData.caseIn(territory, city.compound, "5", today()));
		CompoundZone zone = zone();
		assertThat(zone.zone()).isEqualTo(Zone.CONTROLLED);
		assertThat(zone.computedZone()).isEqualTo(Zone.SEALED);
		assertThat(zone.dayZero()).isEqualTo(today());
		as(district, get("/api/v1/zones/" + city.compound.code()))
			.andExpect(jsonPath("$.zone", is("CONTROLLED")))
			.andExpect(jsonPath("$.computedZone", is("SEALED")))
			.andExpect(jsonPath("$.override.until", is(today().plusDays(5).toString())));
		as(district, get("/api/v1/zones/" + city.compound.code() + "-nope")).andExpect(status().isNotFound());
	}

	@Test
	void theApiShowsTheUnitInTheAcceptanceShapeInTheReadersLanguage() throws Exception {
		LocalDate day = today().minusDays(2);
		positives.record(ZoneTestData.caseIn(territory, city.compound, "3", day));
		as(district, get("/api/v1/zones/" + city.compound.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.zone", is("SEALED")))
			.andExpect(jsonPath("$.since").isNotEmpty())
			.andExpect(jsonPath("$.dayZero", is(day.toString())))
			.andExpect(jsonPath("$.expectedRelease", is(day.plusDays(14).toString())))
			.andExpect(jsonPath("$.ruleSet", is("SHANGHAI_2022_04_11")))
			.andExpect(jsonPath("$.history[0].from", is("PRECAUTION")))
			.andExpect(jsonPath("$.history[0].to", is("SEALED")))
			.andExpect(jsonPath("$.history[0].at").isNotEmpty())
			.andExpect(jsonPath("$.history[0].reason", startsWith("3号楼新增阳性")));
		as(district, get("/api/v1/zones/" + city.compound.code()).param("lang", "en"))
			.andExpect(jsonPath("$.history[0].reason", startsWith("New positive in 3号楼 on ")));
		as(district, get("/api/v1/zones").param("territory", city.street.code()).param("zone", "SEALED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total", is(1)))
			.andExpect(jsonPath("$.items[0].code", is(city.compound.code())))
			.andExpect(jsonPath("$.items[0].dayZero", is(day.toString())));
		as(district, get("/api/v1/zones").param("territory", city.street.code()))
			.andExpect(jsonPath("$.total", is(2)))
			.andExpect(jsonPath("$.items[*].zone", hasItem("PRECAUTION")));
		TestCity other = new TestCity(territory, residents, users);
		LifelineUser otherDistrict = other.user(Role.DISTRICT_COMMAND, other.district);
		as(otherDistrict, get("/api/v1/zones/" + city.compound.code())).andExpect(status().isNotFound());
		as(otherDistrict, post("/api/v1/zones/" + city.compound.code() + "/override").content("""
				{"zone": "PRECAUTION", "reason": "x", "until": "%s"}""".formatted(today())))
			.andExpect(status().isNotFound());
	}

	@Test
	void switchingToTheJuneRulesSealsTheBuildingAndHoldsItUntilAClearScreening() throws Exception {
		LifelineUser cityCommand = city.user(Role.CITY_COMMAND, territory.city());
		positives.record(ZoneTestData.caseIn(territory, city.compound, "7", today().minusDays(8)));
		assertThat(zone().zone()).isEqualTo(Zone.CONTROLLED);
		String building = city.compound.code() + "-B7";
		try {
			as(district, put("/api/v1/zone-rule-sets/active").content("""
					{"name": "SHANGHAI_2022_06_RISK"}""")).andExpect(status().isForbidden());
			as(cityCommand, put("/api/v1/zone-rule-sets/active").content("""
					{"name": "NO_SUCH_RULES"}""")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field", is("name")));
			as(cityCommand, put("/api/v1/zone-rule-sets/active").content("""
					{"name": "SHANGHAI_2022_06_RISK"}""")).andExpect(status().isOk())
				.andExpect(jsonPath("$.active.name", is("SHANGHAI_2022_06_RISK")));
			as(district, get("/api/v1/zone-rule-sets")).andExpect(status().isOk())
				.andExpect(jsonPath("$[*].name", hasItem("SHANGHAI_2022_05_16")))
				.andExpect(jsonPath("$[?(@.name == 'SHANGHAI_2022_06_RISK')].active", hasItem(true)));
			assertThat(zone().zone()).isEqualTo(Zone.CONTROLLED);
			CompoundZone sealed = zoning.zoneOf(building, TerritoryScope.everything());
			assertThat(sealed.zone()).isEqualTo(Zone.SEALED);
			assertThat(sealed.history().get(0).reason()).startsWith("启用规则");
			assertThat(sealed.expectedRelease()).isEqualTo(today().minusDays(8).plusDays(21));
			as(district, get("/api/v1/zones").param("territory", city.compound.code()).param("zone", "SEALED"))
				.andExpect(jsonPath("$.items[0].code", is(building)))
				.andExpect(jsonPath("$.items[0].kind", is("BUILDING")));
			clock.advance(Duration.ofDays(6));
			tick.runNow();
			assertThat(zoning.zoneOf(building, TerritoryScope.everything()).zone())
				.as("14 clean days but no clear screening").isEqualTo(Zone.SEALED);
		}
		finally {
			ruleSets.activate("SHANGHAI_2022_04_11");
		}
		assertThat(zoning.zoneOf(building, TerritoryScope.everything()).zone()).isEqualTo(Zone.PRECAUTION);
		assertThat(zone().zone()).isEqualTo(Zone.PRECAUTION);
	}

	@Test
	void theResidentHomeAndTheZonePageShowDayZeroAndTheExpectedRelease() throws Exception {
		ResidentView elder = city.resident(city.compound, "301", "王秀英");
		LifelineUser resident = city.resident(elder.householdId());
		positives.record(ZoneTestData.caseIn(territory, city.compound, "1", today()));
		mvc.perform(get("/").with(SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(resident.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"home-zone\" data-zone=\"SEALED\"")))
			.andExpect(content().string(Matchers.containsString(today().plusDays(14).toString())));
		mvc.perform(get("/zones/" + city.compound.code())
			.with(SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(district.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"zone-day-zero\">" + today())))
			.andExpect(content().string(Matchers.containsString("id=\"zone-until-input\"")));
	}

	ResultActions as(LifelineUser user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic(user.username(), TestCity.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON));
	}
}
