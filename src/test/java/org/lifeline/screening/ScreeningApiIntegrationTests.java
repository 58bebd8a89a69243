package org.lifeline.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sampling acceptance interface on the real database: planning rounds (zones, methods, Dorfman pool sizes,
 * points, calls, home list) and its refusals; residents' codes and who may see them; tubes with their refusals,
 * resends and single-tube rechecks.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class ScreeningApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Zoning zoning;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	SamplingCodes codes;

	SamplingFixture f;

	LocalDate today;

	@BeforeEach
	void fixture() {
		f = new SamplingFixture(territory, residents, users);
		today = LocalDate.now(clock);
	}

	@Test
	void aRoundFollowsTheZonesAndPoolsAsTheRulesSay() throws Exception {
		zoning.setZone(f.city.compound.code(), Zone.SEALED, "positive case reported", "test", TerritoryScope.everything());
		as(f.planner, post("/api/v1/screening/rounds").content(f.roundJson(today, "")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.date", is(today.toString())))
			.andExpect(jsonPath("$.units", hasSize(2)))
			.andExpect(jsonPath("$.units[?(@.compoundCode == '" + f.city.compound.code() + "')].zone").value("SEALED"))
			.andExpect(jsonPath("$.units[?(@.compoundCode == '" + f.city.compound.code() + "')].method").value("PCR_DAILY"))
			.andExpect(jsonPath("$.units[?(@.compoundCode == '" + f.city.compound.code() + "')].poolSize").value(10))
			.andExpect(jsonPath("$.units[?(@.compoundCode == '" + f.city.compound.code() + "')].residents").value(8))
			.andExpect(jsonPath("$.units[?(@.compoundCode == '" + f.city.compound.code() + "')].tubesPlanned").value(1))
			.andExpect(jsonPath("$.units[?(@.compoundCode == '" + f.city.otherCompound.code() + "')].method")
				.value("WEEKLY_PCR_AND_ANTIGEN"));
		assertThat(jdbc.sql("select count(*) from sampling_point where compound_id = ?").param(f.city.compound.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from sampling_call c join screening_round_unit u on u.round_id = c.round_id "
				+ "and u.compound_id = c.compound_id where c.compound_id = ?").param(f.city.compound.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select resident_id from home_sampling_task where reason = 'BED_BOUND' and compound_id = ?")
			.param(f.city.compound.id()).query(Long.class).list()).containsExactly(f.bedBound.id());
	}

	@Test
	void aBadPoolSizeIsRefusedInTheReadersLanguage() throws Exception {
		as(f.planner, post("/api/v1/screening/rounds").header("Accept-Language", "zh-CN")
			.content(f.roundJson(today.plusDays(1), ", \"poolSize\": 7")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("poolSize")))
			.andExpect(jsonPath("$.detail", is("混采人数只能是 1、5、10 或 20，不能是 7")));
	}

	@Test
	void aGivenPoolSizeOverridesAndBadPlansAreRefusedWithTheirField() throws Exception {
		as(f.planner, post("/api/v1/screening/rounds").content(f.roundJson(today.plusDays(1), ", \"poolSize\": 7")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("poolSize")));
		as(f.planner, post("/api/v1/screening/rounds").content(f.roundJson(today.plusDays(1),
				", \"compoundCodes\": [\"" + f.city.compound.code() + "\", \"NO-SUCH\"]")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("compoundCodes")))
			.andExpect(jsonPath("$.detail", containsString("NO-SUCH")));
		as(f.planner, post("/api/v1/screening/rounds").content("{\"territoryCode\": \"" + f.city.committee.code()
				+ "\", \"date\": \"" + today + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("territoryCode")));
		as(f.planner, post("/api/v1/screening/rounds").content(f.roundJson(today.plusYears(1), "")))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("date")));
		as(f.planner, post("/api/v1/screening/rounds").content("{\"territoryCode\": \"" + f.city.street.code() + "\", \"date\": \"soon\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("date")));
		as(f.planner, post("/api/v1/screening/rounds").content(f.roundJson(today.plusDays(1),
				", \"poolSize\": 5, \"compoundCodes\": [\"" + f.city.compound.code() + "\"]")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.units", hasSize(1)))
			.andExpect(jsonPath("$.units[0].poolSize", is(5)))
			.andExpect(jsonPath("$.units[0].tubesPlanned", is(2)));
		as(f.planner, post("/api/v1/screening/rounds").content(f.roundJson(today.plusDays(1), "")))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString(f.city.compound.code())));
		as(f.sampler, post("/api/v1/screening/rounds").content(f.roundJson(today.plusDays(2), "")))
			.andExpect(status().isForbidden());
	}

	@Test
	void residentsSeeTheirOwnCodeAndStaffAboveThemToo() throws Exception {
		String code = JsonPath.read(as(f.elderAccount, get("/api/v1/residents/" + f.elder.id() + "/sampling-code"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.validUntil").isNotEmpty())
			.andReturn().getResponse().getContentAsString(), "$.code");
		assertThat(codes.residentOf(code, "code")).isEqualTo(f.elder.id());
		as(f.elderAccount, get("/api/v1/residents/" + f.other.id() + "/sampling-code")).andExpect(status().isNotFound());
		as(f.committee, get("/api/v1/residents/" + f.elder.id() + "/sampling-code"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.code", is(code)));
		as(f.sampler, get("/api/v1/residents/" + f.elder.id() + "/sampling-code")).andExpect(status().isForbidden());
		as(f.sampler, get("/api/v1/screening/codes").param("idNumber", f.elder.idNumber()))
			.andExpect(status().isOk()).andExpect(jsonPath("$.code", is(code)))
			.andExpect(jsonPath("$.residentId", is((int) f.elder.id())));
		as(f.sampler, get("/api/v1/screening/codes").param("idNumber", "12345"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("idNumber")));
	}

	@Test
	void tubesAreStoredOnceAndResendsAnswerTheStoredTube() throws Exception {
		long round = plan(today, "");
		String scan = UUID.randomUUID().toString();
		String body = tube("T-" + scan.substring(0, 8), List.of(f.elder, f.neighbours.get(0)), scan);
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.tubeCode", is("T-" + scan.substring(0, 8))))
			.andExpect(jsonPath("$.residentIds", hasSize(2)));
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tubeCode", is("T-" + scan.substring(0, 8))));
		assertThat(jdbc.sql("select count(*) from screening_sample where round_id = ?").param(round).query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select kind || ' ' || pool_size || ' ' || district_id from screening_tube where scan_id = ?")
			.param(scan).query(String.class).single()).isEqualTo("PCR_POOL 10 " + f.city.district.id());
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes")
			.content(tube("T-" + scan.substring(0, 8), List.of(f.neighbours.get(1)), UUID.randomUUID().toString())))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.field", is("tubeCode")));
		String again = code(f.elder);
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes")
			.content(tube("U-" + scan.substring(0, 8), List.of(f.neighbours.get(2), f.elder), UUID.randomUUID().toString())))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code", is(again)))
			.andExpect(jsonPath("$.detail", containsString("open tube")));
		// the sampler reading Chinese hears the same refusals in Chinese
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").header("Accept-Language", "zh-CN")
			.content(tube("T-" + scan.substring(0, 8), List.of(f.neighbours.get(1)), UUID.randomUUID().toString())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", is("试管 T-" + scan.substring(0, 8) + " 已被使用")));
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").header("Accept-Language", "zh-CN")
			.content(tube("V-" + scan.substring(0, 8), List.of(f.elder), UUID.randomUUID().toString())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("采样码 " + again + " 已在本轮")));
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").header("Accept-Language", "zh-CN")
			.content("{\"tubeCode\": \"W-12345\", \"residentCodes\": [\"LS1!!\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", is("采样码 LS1!! 不是有效的采样码")));
		assertThat(jdbc.sql("select count(*) from screening_sample where round_id = ?").param(round).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void forgedExpiredAndOverfullTubesAreRefusedNamingTheCode() throws Exception {
		long round = plan(today, ", \"poolSize\": 5, \"compoundCodes\": [\"" + f.city.compound.code() + "\"]");
		String good = code(f.elder);
		String forged = good.substring(0, 12) + (good.charAt(12) == 'A' ? 'B' : 'A') + good.substring(13);
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes")
			.content("{\"tubeCode\": \"F-1234\", \"residentCodes\": [\"" + forged + "\"]}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code", is(forged)))
			.andExpect(jsonPath("$.detail", containsString("forged")));
		List<ResidentView> six = f.neighbours;
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").content(tube("F-" + round + "-6", six, null)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code", is(code(six.get(5)))))
			.andExpect(jsonPath("$.detail", containsString("pool size 5")));
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").content(tube("x", List.of(f.elder), null)))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field", is("tubeCode")));
		as(f.sampler, post("/api/v1/screening/rounds/999999999/tubes").content(tube("F-NONE-1", List.of(f.elder), null)))
			.andExpect(status().isNotFound());
		clock.advance(Duration.ofDays(8));
		try {
			as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").content(
					"{\"tubeCode\": \"EXP-" + round + "\", \"residentCodes\": [\"" + good + "\"]}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("expired")));
		}
		finally {
			clock.advance(Duration.ofDays(-8));
		}
		assertThat(jdbc.sql("select count(*) from screening_tube where round_id = ?").param(round).query(Long.class).single())
			.isZero();
	}

	@Test
	void aLoneTubeOfAResidentAwaitingRecheckIsTheirSingleTubeRecheck() throws Exception {
		long round = plan(today, "");
		ResidentView r = f.neighbours.get(3);
		jdbc.sql("insert into resident_screening (resident_id, household_id, compound_id, committee_id, district_id, status, since) "
				+ "values (?, ?, ?, ?, ?, 'AWAITING_RECHECK', now())")
			.params(r.id(), r.householdId(), f.city.compound.id(), f.city.committee.id(), f.city.district.id()).update();
		long task = jdbc.sql("insert into home_sampling_task (resident_id, household_id, building_id, compound_id, committee_id, "
				+ "district_id, reason, due_on, created_at) select id, household_id, building_id, compound_id, committee_id, "
				+ "district_id, 'RECHECK', ?, now() from resident where id = ? returning id")
			.params(today, r.id()).query(Long.class).single();
		as(f.sampler, post("/api/v1/screening/rounds/" + round + "/tubes").content(tube("REC-" + round, List.of(r), null)))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select kind || ' ' || pool_size from screening_tube where tube_code = ?").param("REC-" + round)
			.query(String.class).single()).isEqualTo("PCR_SINGLE 1");
		assertThat(jdbc.sql("select status || ' ' || (tube_id = (select id from screening_tube where tube_code = ?)) "
				+ "from home_sampling_task where id = ?").params("REC-" + round, task).query(String.class).single())
			.isEqualTo("DONE true");
	}

	private long plan(LocalDate date, String extra) throws Exception {
		return ((Number) JsonPath.read(as(f.planner, post("/api/v1/screening/rounds").content(f.roundJson(date, extra)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private String code(ResidentView resident) {
		return codes.codeFor(resident.id(), TerritoryScope.everything()).code();
	}

	private String tube(String tubeCode, List<ResidentView> people, String scanId) {
		String list = people.stream().map(p -> "\"" + code(p) + "\"").collect(Collectors.joining(", "));
		return "{\"tubeCode\": \"" + tubeCode + "\", \"residentCodes\": [" + list + "]"
				+ (scanId == null ? "" : ", \"scanId\": \"" + scanId + "\"") + "}";
	}

	private ResultActions as(LifelineUser user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(httpBasic(user.username(), TestCity.PASSWORD)));
	}
}
