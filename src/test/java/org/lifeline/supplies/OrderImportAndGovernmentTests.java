package org.lifeline.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.spreadsheet.TabularWriter;
import org.lifeline.territory.Territory;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 快团团 import (matched rows become orders, unmatched rows wait for a clerk, a second import changes
 * nothing, a bad row saves nothing), approved organisers, and government packages (vulnerable first, delivered
 * and undelivered, no slot clash with group buys in the same compound).
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class OrderImportAndGovernmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Suppliers suppliers;

	@Autowired
	MovableClock clock;

	SupplyFixture f;

	ResidentView elder;

	ResidentView family;

	PackageView box;

	long groupBuy;

	@BeforeEach
	void groupBuy() throws Exception {
		f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		elder = f.city.resident(f.city.compound, "101", "王秀英", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		family = f.city.resident(f.city.compound, "502", "李明");
		box = f.pack("蔬菜套餐", 8800, 20);
		Instant now = clock.instant();
		groupBuy = id(as(f.committee, post("/api/v1/group-buys").content("""
				{"compoundCode": "%s", "packageIds": [%d], "deadline": "%s", "deliverySlot": "%s/%s"}""".formatted(
				f.city.compound.code(), box.id(), now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(30)).atOffset(java.time.ZoneOffset.ofHours(8)),
				now.plus(Duration.ofHours(32)).atOffset(java.time.ZoneOffset.ofHours(8))))).andExpect(status().isCreated()));
	}

	@Test
	void aGroupBuyExportIsMatchedToHouseholdsAndImportingItAgainChangesNothing() throws Exception {
		String csv = """
				跟团号,商品,数量,收货人,联系电话,详细地址,团员备注
				1,蔬菜套餐,2,王秀英,13900001111,测试路100弄（幸福小区） 1号楼 101室,独居老人 请先打电话
				2,蔬菜套餐,1,李明,13900002222,幸福小区1-502,放楼下
				3,蔬菜套餐,1,陈芳,13900003333,幸福小区9号楼909室,
				""";
		importFile(csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows", is(3)))
			.andExpect(jsonPath("$.matched", is(2)))
			.andExpect(jsonPath("$.unmatched", is(1)))
			.andExpect(jsonPath("$.unchanged", is(0)));
		as(f.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(jsonPath("$.items[0].ordered", is(3)))
			.andExpect(jsonPath("$.items[0].stock", is(17)));
		importFile(csv).andExpect(status().isOk())
			.andExpect(jsonPath("$.unchanged", is(3)))
			.andExpect(jsonPath("$.matched", is(0)));
		as(f.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(jsonPath("$.items[0].ordered", is(3)));

		String unmatched = as(f.committee, get("/api/v1/group-buys/" + groupBuy + "/imports/unmatched"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].teamNo", is("3")))
			.andExpect(jsonPath("$[0].phone", is("139****3333")))
			.andReturn().getResponse().getContentAsString();
		long rowId = ((Number) JsonPath.read(unmatched, "$[0].id")).longValue();
		as(f.committee, post("/api/v1/group-buys/" + groupBuy + "/imports/unmatched/" + rowId)
			.content("{\"householdId\": " + family.householdId() + "}")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel", is("IMPORT")));
		as(f.committee, get("/api/v1/group-buys/" + groupBuy + "/imports/unmatched")).andExpect(jsonPath("$.length()", is(0)));
		as(f.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(jsonPath("$.items[0].ordered", is(4)));
	}

	@Test
	void anXlsxExportImportsLikeTheCsv() throws Exception {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, bytes, "订单")) {
			writer.row(List.of("跟团号", "商品", "数量", "收货人", "联系电话", "详细地址", "团员备注"));
			writer.row(List.of("17", "蔬菜套餐", "3", "王秀英", "13900001111", "幸福小区1栋101", "放楼下"));
			writer.row(List.of("18", "蔬菜套餐", "1", "周强", "13900004444", "幸福小区门口保安亭", ""));
		}
		MockMultipartFile file = new MockMultipartFile("file", "ktt.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray());
		mvc.perform(multipart("/api/v1/group-buys/" + groupBuy + "/imports").file(file)
			.with(httpBasic(f.committee.username(), TestCity.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.matched", is(1)))
			.andExpect(jsonPath("$.unmatched", is(1)));
		as(f.committee, get("/api/v1/group-buys/" + groupBuy + "/buildings"))
			.andExpect(jsonPath("$[0].doors[0].householdId", is((int) elder.householdId())))
			.andExpect(jsonPath("$[0].doors[0].notes", org.hamcrest.Matchers.hasItems("LEAVE_DOWNSTAIRS", "ELDERLY_ALONE")));
	}

	@Test
	void aBadRowSavesNothing() throws Exception {
		String csv = """
				跟团号,商品,数量,收货人,联系电话,详细地址,团员备注
				1,蔬菜套餐,2,王秀英,13900001111,幸福小区1号楼101室,
				2,水果套餐,1,李明,13900002222,幸福小区1号楼502室,
				3,蔬菜套餐,两,陈芳,13900003333,幸福小区1号楼502室,
				""";
		importFile(csv).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rejected.length()", is(2)))
			.andExpect(jsonPath("$.rejected[0].column", is("商品")))
			.andExpect(jsonPath("$.rejected[1].column", is("数量")));
		as(f.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(jsonPath("$.items[0].ordered", is(0)));
	}

	@Test
	void anApprovedOrganiserWhoLivesThereOpensGroupBuys() throws Exception {
		LifelineUser organiser = f.city.resident(family.householdId());
		String json = """
				{"compoundCode": "%s", "packageIds": [%d], "deadline": "%s"}""".formatted(f.city.compound.code(),
				box.id(), clock.instant().plus(Duration.ofHours(4)));
		as(organiser, post("/api/v1/group-buys").content(json)).andExpect(status().isForbidden());
		ResidentView away = f.city.resident(f.city.otherCompound, "303", "赵建国");
		as(f.committee, post("/api/v1/group-organisers").content("{\"residentId\": " + family.id()
				+ ", \"compoundCode\": \"" + f.city.otherCompound.code() + "\"}")).andExpect(status().isBadRequest());
		as(f.committee, post("/api/v1/group-organisers").content("{\"residentId\": " + away.id() + "}"))
			.andExpect(status().isNotFound());
		as(f.committee, post("/api/v1/group-organisers").content("{\"residentId\": " + family.id() + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.residentName", is("李明")));
		long own = id(as(organiser, post("/api/v1/group-buys").content(json)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.openedByOrganiser", is(true))));
		long neighbours = id(as(f.committee, post("/api/v1/group-buys/" + own + "/orders").content("""
				{"householdId": %d, "items": [{"packageId": %d, "quantity": 1}]}""".formatted(elder.householdId(), box.id())))
			.andExpect(status().isCreated()));
		as(organiser, get("/api/v1/group-buys/" + own + "/orders")).andExpect(jsonPath("$.length()", is(1)));
		clock.advance(Duration.ofHours(5));
		as(organiser, post("/api/v1/group-buys/" + own + "/orders/" + neighbours + "/cancel")
			.content("{\"reason\": \"住户已转运隔离\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CANCELLED")));
	}

	@Test
	void governmentPackagesGoToVulnerableHouseholdsFirstAndKeepClearOfGroupBuySlots() throws Exception {
		LifelineUser street = f.city.user(Role.STREET_TASK_FORCE, f.city.street);
		Instant now = clock.instant();
		String clashing = """
				{"name": "第一批政府保供包", "territoryCode": "%s", "contents": ["大米 5kg", "食用油 1L"],
				 "deliverySlot": {"start": "%s", "end": "%s"}}""".formatted(f.city.compound.code(),
				now.plus(Duration.ofHours(31)), now.plus(Duration.ofHours(33)));
		as(street, post("/api/v1/government-packages").content(clashing)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString(String.valueOf(groupBuy))));
		String free = clashing.replace(now.plus(Duration.ofHours(31)).toString(), now.plus(Duration.ofHours(40)).toString())
			.replace(now.plus(Duration.ofHours(33)).toString(), now.plus(Duration.ofHours(42)).toString());
		long round = id(as(street, post("/api/v1/government-packages").content(free)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.households", is(2)))
			.andExpect(jsonPath("$.vulnerable", is(1)))
			.andExpect(jsonPath("$.undelivered", is(2))));
		as(street, get("/api/v1/government-packages/" + round + "/households"))
			.andExpect(jsonPath("$[0].householdId", is((int) elder.householdId())))
			.andExpect(jsonPath("$[0].vulnerable", is(true)));
		as(f.committee, post("/api/v1/government-packages/" + round + "/households/" + elder.householdId() + "/delivered"))
			.andExpect(status().isOk());
		as(street, get("/api/v1/government-packages/" + round)).andExpect(jsonPath("$.delivered", is(1)))
			.andExpect(jsonPath("$.undelivered", is(1)));
		as(street, get("/api/v1/government-packages/" + round + "/households?delivered=false"))
			.andExpect(jsonPath("$.length()", is(1)))
			.andExpect(jsonPath("$[0].householdId", is((int) family.householdId())));

		as(f.committee, post("/api/v1/group-buys").content("""
				{"compoundCode": "%s", "packageIds": [%d], "deadline": "%s", "deliverySlot": {"start": "%s", "end": "%s"}}"""
			.formatted(f.city.compound.code(), box.id(), now.plus(Duration.ofHours(3)), now.plus(Duration.ofHours(41)),
					now.plus(Duration.ofHours(43))))).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("government package round " + round)));
	}

	ResultActions importFile(String csv) throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "ktt.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart("/api/v1/group-buys/" + groupBuy + "/imports").file(file)
			.with(httpBasic(f.committee.username(), TestCity.PASSWORD)));
	}

	ResultActions as(LifelineUser user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(httpBasic(user.username(), TestCity.PASSWORD)));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}
}
