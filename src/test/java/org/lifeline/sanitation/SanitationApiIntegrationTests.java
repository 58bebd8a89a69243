package org.lifeline.sanitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.isolation.TerminalDisinfectionDue;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Disinfection over the API on the embedded PostgreSQL: points generated from the territory, rounds recorded
 * (all or nothing), overdue compounds by the zone's schedule, terminal disinfection from isolation's event and by
 * hand, the ledger as XLSX, and bad input named.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SanitationApiIntegrationTests {

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
	TerminalDisinfections terminals;

	TestCity city;

	LifelineUser committee;

	LifelineUser otherCommittee;

	ResidentView resident;

	TerritoryNode building;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		resident = city.resident(city.compound, "101", "李阿婆");
		building = territory.byCode(resident.buildingCode());
		TestCity elsewhere = new TestCity(territory, residents, users);
		otherCommittee = elsewhere.user(Role.COMMITTEE_STAFF, elsewhere.committee);
	}

	@Test
	void pointsAreGeneratedPerBuildingAndARoundIsRecordedAtThemInTheLedger() throws Exception {
		mvc.perform(post("/api/v1/sanitation/points/generate").param("territory", city.compound.code()).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.added", is(6)));
		mvc.perform(post("/api/v1/sanitation/points/generate").param("territory", city.compound.code()).with(as(committee)))
			.andExpect(jsonPath("$.added", is(0)));
		List<Long> ids = pointIds();
		assertThat(ids).hasSize(6);

		Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		postRound(committee, "{\"pointIds\":" + ids + ",\"agent\":\"含氯消毒剂 500mg/L\",\"at\":\"" + at + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recorded", is(6)));
		mvc.perform(get("/api/v1/sanitation/points").param("compound", city.compound.code()).with(as(committee)))
			.andExpect(jsonPath("$.items[*].lastAgent", everyItem(is("含氯消毒剂 500mg/L"))))
			.andExpect(jsonPath("$.items[*].lastDoneBy", everyItem(is(committee.username()))))
			.andExpect(jsonPath("$.items[*].overdue", everyItem(is(false))));

		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		byte[] xlsx = mvc.perform(get("/api/v1/sanitation/ledger").param("compound", city.compound.code())
				.param("from", today.minusDays(1).toString()).param("to", today.toString()).with(as(committee)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<String> rows = rows(xlsx);
		assertThat(rows).filteredOn(r -> r.contains("含氯消毒剂 500mg/L") && r.contains(committee.username())).hasSize(6);
		assertThat(rows).anyMatch(r -> r.contains("电梯 ELEVATOR"));
	}

	@Test
	void aSealedCompoundsPointsFallOverdueByItsSchedule() throws Exception {
		generate();
		zoning.setZone(city.compound.code(), Zone.SEALED, "楼内新增阳性", "district", TerritoryScope.everything());
		jdbc.sql("update disinfection_point set created_at = now() - interval '13 hours' where compound_id = ?")
			.param(city.compound.id())
			.update();
		mvc.perform(get("/api/v1/sanitation/overdue").param("territory", city.committee.code()).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].compoundCode", is(city.compound.code())))
			.andExpect(jsonPath("$.items[0].zone", is("SEALED")))
			.andExpect(jsonPath("$.items[0].points", is(6)))
			.andExpect(jsonPath("$.items[0].overdue", is(6)));
		postRound(committee, "{\"pointIds\":[" + pointIds().get(0) + "],\"agent\":\"过氧乙酸\"}").andExpect(status().isCreated());
		mvc.perform(get("/api/v1/sanitation/overdue").param("territory", city.committee.code()).with(as(committee)))
			.andExpect(jsonPath("$.items[0].overdue", is(5)));
	}

	@Test
	void terminalDisinfectionComesFromTheTransferOnceAndIsDoneOnce() throws Exception {
		TerminalDisinfectionDue due = new TerminalDisinfectionDue(990_000_000L + resident.id(), resident.householdId(),
				building.id(), city.compound.id(), city.district.id(), Instant.now());
		terminals.on(due);
		terminals.on(due);
		String list = read(mvc.perform(get("/api/v1/sanitation/terminal").param("open", "true").with(as(committee)))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].room", is("101")))
			.andExpect(jsonPath("$.items[0].source", is("TRANSFER"))));
		long id = ((Number) JsonPath.read(list, "$.items[0].id")).longValue();
		String done = "{\"agent\":\"含氯消毒剂 1000mg/L\"}";
		mvc.perform(post("/api/v1/sanitation/terminal/" + id + "/done").contentType(MediaType.APPLICATION_JSON)
				.content(done).with(as(otherCommittee)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/sanitation/terminal/" + id + "/done").contentType(MediaType.APPLICATION_JSON)
				.content(done).with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doneBy", is(committee.username())));
		mvc.perform(post("/api/v1/sanitation/terminal/" + id + "/done").contentType(MediaType.APPLICATION_JSON)
				.content(done).with(as(committee)))
			.andExpect(status().isConflict());
		Integer rounds = jdbc.sql("select count(*) from disinfection_round where terminal_id = ?").param(id)
			.query(Integer.class).single();
		assertThat(rounds).isEqualTo(TerminalDisinfections.COMMON_PARTS.size());
	}

	@Test
	void aTerminalDisinfectionIsEnteredByHandForAKnownBuildingOnly() throws Exception {
		mvc.perform(post("/api/v1/sanitation/terminal").contentType(MediaType.APPLICATION_JSON)
				.content("{\"buildingCode\":\"" + building.code() + "\",\"room\":\"101\",\"note\":\"密接转运后\"}")
				.with(as(committee)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.source", is("MANUAL")));
		mvc.perform(post("/api/v1/sanitation/terminal").contentType(MediaType.APPLICATION_JSON)
				.content("{\"buildingCode\":\"NO-SUCH-BUILDING\"}").with(as(committee)))
			.andExpect(status().isNotFound());
	}

	@Test
	void badRoundsAreRefusedNamingTheProblemAndNothingIsSaved() throws Exception {
		generate();
		List<Long> ids = pointIds();
		postRound(committee, "{\"pointIds\":[],\"agent\":\"x\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("pointIds")));
		postRound(committee, "{\"pointIds\":" + ids + "}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("agent")));
		postRound(committee, "{\"pointIds\":" + ids + ",\"agent\":\"x\",\"at\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("at")));
		List<Long> withUnknown = new ArrayList<>(ids);
		withUnknown.add(-5L);
		postRound(committee, "{\"pointIds\":" + withUnknown + ",\"agent\":\"x\"}").andExpect(status().isNotFound());
		postRound(otherCommittee, "{\"pointIds\":" + ids + ",\"agent\":\"x\"}").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/sanitation/points").param("compound", "NO-SUCH").with(as(committee)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/sanitation/ledger").param("compound", city.compound.code()).param("from", "2022-04-10")
				.param("to", "2022-04-01").with(as(committee)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("to")));
		Integer saved = jdbc.sql("select count(*) from disinfection_round where compound_id = ?").param(city.compound.id())
			.query(Integer.class).single();
		assertThat(saved).isZero();
	}

	@Test
	void aRefusedLedgerIsSaidInTheReadersLanguage() throws Exception {
		var ledger = get("/api/v1/sanitation/ledger").param("compound", city.compound.code()).param("from", "2022-04-10")
			.param("to", "2022-04-01").with(as(committee));
		mvc.perform(ledger.header("Accept-Language", "zh-CN"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("to")))
			.andExpect(jsonPath("$.detail", is("结束日期不能早于开始日期，且最多相隔 93 天")));
		mvc.perform(get("/api/v1/sanitation/ledger").param("compound", city.compound.code()).param("from", "2022-04-10")
				.param("to", "2022-04-01").with(as(committee)))
			.andExpect(jsonPath("$.detail", is("the last day is on or after the first, at most 93 days on")));
	}

	private void generate() throws Exception {
		mvc.perform(post("/api/v1/sanitation/points/generate").param("territory", city.compound.code()).with(as(committee)))
			.andExpect(status().isOk());
	}

	private List<Long> pointIds() throws Exception {
		String points = read(mvc.perform(get("/api/v1/sanitation/points").param("compound", city.compound.code())
			.with(as(committee))).andExpect(status().isOk()));
		List<Number> found = JsonPath.read(points, "$.items[*].id");
		return new ArrayList<>(found.stream().map(Number::longValue).toList());
	}

	private ResultActions postRound(LifelineUser user, String body) throws Exception {
		return mvc.perform(post("/api/v1/sanitation/rounds").contentType(MediaType.APPLICATION_JSON).content(body)
			.with(as(user)));
	}

	private static String read(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString();
	}

	private static List<String> rows(byte[] xlsx) throws Exception {
		List<String> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getSheetAt(0)) {
				StringBuilder text = new StringBuilder();
				row.forEach(cell -> text.append(cell.toString()).append('|'));
				rows.add(text.toString());
			}
		}
		return rows;
	}

	static RequestPostProcessor as(LifelineUser user) {
		return httpBasic(user.username(), TestCity.PASSWORD);
	}
}
