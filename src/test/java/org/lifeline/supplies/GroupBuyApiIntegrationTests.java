package org.lifeline.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
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

/**
 * Suppliers, packages, group buys and orders over the JSON API: the acceptance interface, the price rules, the
 * 4xx for bad orders (409 for stock and deadline), scope, cancellation rules, courier passes, and a burst of
 * concurrent orders that must not oversell.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class GroupBuyApiIntegrationTests {

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Zoning zoning;

	SupplyFixture fixture;

	ResidentView elder;

	@BeforeEach
	void fixture() {
		fixture = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		elder = fixture.city.resident(fixture.city.compound, "101", "王秀英");
	}

	@Test
	void whitelistAndPackagesFollowTheAcceptanceInterface() throws Exception {
		as(fixture.committee, get("/api/v1/suppliers")).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.items[*].certificateNo", hasItem(fixture.supplier.certificateNo())))
			.andExpect(jsonPath("$.items[?(@.id == " + fixture.supplier.id() + ")].validUntil").isNotEmpty());
		String json = """
				{"name": "蔬菜包", "contents": ["青菜 1kg", "土豆 2kg"], "priceFen": 8800, "stock": 40}""";
		as(fixture.supplierUser, post("/api/v1/suppliers/" + fixture.supplier.id() + "/packages").content(json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.priceFen", is(8800)))
			.andExpect(jsonPath("$.contents[1]", is("土豆 2kg")));
	}

	@Test
	void packagesBreakingThePriceRulesAreRefused() throws Exception {
		String url = "/api/v1/suppliers/" + fixture.supplier.id() + "/packages";
		as(fixture.supplierUser, post(url).content("""
				{"name": "神秘包", "contents": [], "priceFen": 5000, "stock": 10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("contents")));
		as(fixture.supplierUser, post(url).content("""
				{"name": "无价包", "contents": ["鸡蛋"], "stock": 10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("priceFen")));
		as(fixture.supplierUser, post(url).content("""
				{"name": "加价包", "contents": ["鸡蛋", "配送费 10元"], "priceFen": 5000, "stock": 10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("no extra fees")));
		as(fixture.supplierUser, post(url).content("""
				{"name": "加价包", "contents": ["鸡蛋"], "priceFen": 5000, "stock": 10, "deliveryFeeFen": 500}"""))
			.andExpect(status().isBadRequest());
		as(fixture.committee, post(url).content("""
				{"name": "蔬菜包", "contents": ["青菜"], "priceFen": 5000, "stock": 10}"""))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPriceRuleRefusalIsSaidInTheReadersLanguage() throws Exception {
		as(fixture.supplierUser, post("/api/v1/suppliers/" + fixture.supplier.id() + "/packages")
			.header("Accept-Language", "zh-CN")
			.content("""
					{"name": "加价包", "contents": ["鸡蛋", "配送费 10元"], "priceFen": 5000, "stock": 10}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("contents")))
			.andExpect(jsonPath("$.detail", is("不得另收费用（价格规定：价格已含一切费用），请删去“配送费 10元”")));
	}

	@Test
	void ordersTakeStockAndBadOrdersGetClearAnswers() throws Exception {
		PackageView rice = fixture.pack("米面包", 6800, 3);
		long groupBuy = openGroupBuy(rice.id());
		as(fixture.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("OPEN")))
			.andExpect(jsonPath("$.items[0].packageId", is((int) rice.id())))
			.andExpect(jsonPath("$.items[0].name", is("米面包")))
			.andExpect(jsonPath("$.items[0].stock", is(3)))
			.andExpect(jsonPath("$.items[0].ordered", is(0)));

		order(groupBuy, elder.householdId(), rice.id(), 2).andExpect(status().isCreated())
			.andExpect(jsonPath("$.totalFen", is(13600)))
			.andExpect(jsonPath("$.paid", is(false)));
		order(groupBuy, elder.householdId(), rice.id(), 2).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("stock")));
		order(groupBuy, elder.householdId(), 999_999_999L, 1).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("unknown package")));
		order(groupBuy, elder.householdId(), rice.id(), 0).andExpect(status().isBadRequest());

		ResidentView away = fixture.city.resident(fixture.city.otherCompound, "202", "赵建国");
		as(fixture.district, post("/api/v1/group-buys/" + groupBuy + "/orders")
			.content(orderJson(away.householdId(), rice.id(), 1))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("householdId")));
		order(groupBuy, away.householdId(), rice.id(), 1).andExpect(status().isNotFound());

		as(fixture.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(jsonPath("$.items[0].stock", is(1)))
			.andExpect(jsonPath("$.items[0].ordered", is(2)));

		clock.advance(Duration.ofHours(3));
		order(groupBuy, elder.householdId(), rice.id(), 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("deadline")));
		as(fixture.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(jsonPath("$.status", is("CLOSED")));
	}

	@Test
	void aBurstOfConcurrentOrdersNeverOversells() throws Exception {
		int stock = 25;
		PackageView rice = fixture.pack("抢购包", 5000, stock);
		long groupBuy = openGroupBuy(rice.id());
		List<Long> households = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			households.add(fixture.city.resident(fixture.city.compound, "30" + i, "住户" + i).householdId());
		}
		int attempts = 60;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			long household = households.get(i % households.size());
			Callable<Integer> call = () -> {
				start.await();
				return order(groupBuy, household, rice.id(), 1).andReturn().getResponse().getStatus();
			};
			answers.add(pool.submit(call));
		}
		start.countDown();
		int created = 0;
		int conflicts = 0;
		for (Future<Integer> answer : answers) {
			int code = answer.get();
			created += code == 201 ? 1 : 0;
			conflicts += code == 409 ? 1 : 0;
		}
		pool.shutdown();
		assertThat(created).as("orders accepted").isEqualTo(stock);
		assertThat(conflicts).as("orders refused for stock").isEqualTo(attempts - stock);
		long ordered = jdbc.sql("""
				select coalesce(sum(l.quantity), 0) from group_order_line l join group_order o on o.id = l.order_id
				where o.group_buy_id = ? and o.status = 'PLACED'""").param(groupBuy).query(Long.class).single();
		Integer left = jdbc.sql("select stock from package_stock where package_id = ?").param(rice.id()).query(Integer.class).single();
		assertThat(ordered).isEqualTo(stock);
		assertThat(left).isZero();
	}

	@Test
	void residentsOrderForTheirOwnHouseholdAndCancelBeforeTheDeadlineOnly() throws Exception {
		PackageView rice = fixture.pack("家庭包", 9900, 10);
		long groupBuy = openGroupBuy(rice.id());
		LifelineUser resident = fixture.city.resident(elder.householdId());
		as(resident, get("/api/v1/group-buys?open=true")).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) groupBuy)));
		String placed = as(resident, post("/api/v1/group-buys/" + groupBuy + "/orders")
			.content(orderJson(elder.householdId(), rice.id(), 2))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.channel", is("PHONE")))
			.andReturn().getResponse().getContentAsString();
		long orderId = ((Number) JsonPath.read(placed, "$.id")).longValue();
		as(resident, post("/api/v1/group-buys/" + groupBuy + "/orders/" + orderId + "/cancel")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CANCELLED")));
		as(fixture.committee, get("/api/v1/group-buys/" + groupBuy)).andExpect(jsonPath("$.items[0].stock", is(10)));

		long second = id(as(resident, post("/api/v1/group-buys/" + groupBuy + "/orders")
			.content(orderJson(elder.householdId(), rice.id(), 1))).andExpect(status().isCreated()));
		clock.advance(Duration.ofHours(3));
		as(resident, post("/api/v1/group-buys/" + groupBuy + "/orders/" + second + "/cancel"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("organiser")));
		as(fixture.committee, post("/api/v1/group-buys/" + groupBuy + "/orders/" + second + "/cancel"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("reason")));
		as(fixture.committee, post("/api/v1/group-buys/" + groupBuy + "/orders/" + second + "/cancel")
			.content("{\"reason\": \"家里已收到政府保供包\"}")).andExpect(status().isOk())
			.andExpect(jsonPath("$.cancelReason", is("家里已收到政府保供包")));
	}

	@Test
	void anExpiredCourierCannotDeliver() throws Exception {
		PackageView rice = fixture.pack("到门包", 5000, 10);
		long groupBuy = openGroupBuy(rice.id());
		order(groupBuy, elder.householdId(), rice.id(), 1).andExpect(status().isCreated());
		String supplierUrl = "/api/v1/suppliers/" + fixture.supplier.id();
		long expired = id(as(fixture.supplierUser, post(supplierUrl + "/couriers").content("""
				{"name": "张快递", "phone": "13911112222", "pcrNegativeAt": "%s", "antigenNegativeAt": "%s"}"""
			.formatted(clock.instant().minus(Duration.ofHours(60)), clock.instant().minus(Duration.ofHours(30))))).andExpect(status().isCreated())
			.andExpect(jsonPath("$.passValid", is(false))));
		clock.advance(Duration.ofHours(3));
		as(fixture.supplierUser, post("/api/v1/group-buys/" + groupBuy + "/confirm")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("CONFIRMED")));
		as(fixture.supplierUser, post("/api/v1/group-buys/" + groupBuy + "/deliver").content("{\"courierId\": " + expired + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("张快递")))
			.andExpect(jsonPath("$.detail", containsString("48 hours")));
		as(fixture.supplierUser, post(supplierUrl + "/couriers/" + expired + "/tests").content("{\"kind\": \"PCR\"}"))
			.andExpect(jsonPath("$.passValid", is(false)));
		as(fixture.supplierUser, post(supplierUrl + "/couriers/" + expired + "/tests").content("{\"kind\": \"ANTIGEN\"}"))
			.andExpect(jsonPath("$.passValid", is(true)));
		as(fixture.supplierUser, post("/api/v1/group-buys/" + groupBuy + "/deliver").content("{\"courierId\": " + expired + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status", is("DELIVERED")))
			.andExpect(jsonPath("$.courierName", is("张快递")));
	}

	@Test
	void groupBuysOutsideTheCallersAreaAreUnknown() throws Exception {
		PackageView rice = fixture.pack("区域包", 5000, 10);
		long groupBuy = openGroupBuy(rice.id());
		TestCity elsewhere = new TestCity(territory, residents, users);
		LifelineUser stranger = elsewhere.user(org.lifeline.identity.Role.COMMITTEE_STAFF, elsewhere.committee);
		as(stranger, get("/api/v1/group-buys/" + groupBuy)).andExpect(status().isNotFound());
		as(stranger, post("/api/v1/group-buys").content(groupBuyJson(fixture.city.compound.code(), rice.id())))
			.andExpect(status().isNotFound());
	}

	@Test
	void controlledCompoundsGetStaggeredPickupCallsAndSealedOnesDoorDelivery() throws Exception {
		PackageView rice = fixture.pack("自提包", 5000, 20);
		long groupBuy = openGroupBuy(rice.id());
		for (int i = 0; i < 3; i++) {
			long household = fixture.city.resident(fixture.city.compound, "40" + i, "住户" + i).householdId();
			order(groupBuy, household, rice.id(), 1).andExpect(status().isCreated());
		}
		order(groupBuy, elder.householdId(), rice.id(), 1).andExpect(status().isCreated());
		zoning.setZone(fixture.city.compound.code(), Zone.CONTROLLED, "no case for 8 days", "test",
				org.lifeline.territory.TerritoryScope.everything());
		Instant start = Instant.parse("2026-04-20T01:00:00Z");
		as(fixture.committee, get("/api/v1/group-buys/" + groupBuy + "/pickup-calls?start=" + start + "&minutes=15&perSlot=2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()", is(4)))
			.andExpect(jsonPath("$[0].room", is("101")))
			.andExpect(jsonPath("$[1].slotStart", is(start.toString())))
			.andExpect(jsonPath("$[2].slotStart", is(start.plus(Duration.ofMinutes(15)).toString())));
		zoning.setZone(fixture.city.compound.code(), Zone.SEALED, "new positive case", "test",
				org.lifeline.territory.TerritoryScope.everything());
		as(fixture.committee, get("/api/v1/group-buys/" + groupBuy + "/pickup-calls"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("sealed")));
	}

	long openGroupBuy(long packageId) throws Exception {
		return id(as(fixture.committee, post("/api/v1/group-buys")
			.content(groupBuyJson(fixture.city.compound.code(), packageId))).andExpect(status().isCreated()));
	}

	String groupBuyJson(String compound, long packageId) {
		Instant now = clock.instant();
		return """
				{"compoundCode": "%s", "packageIds": [%d], "deadline": "%s",
				 "deliverySlot": {"start": "%s", "end": "%s"}}""".formatted(compound, packageId,
				now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(20)), now.plus(Duration.ofHours(22)));
	}

	ResultActions order(long groupBuy, long household, long packageId, int quantity) throws Exception {
		return as(fixture.committee, post("/api/v1/group-buys/" + groupBuy + "/orders")
			.content(orderJson(household, packageId, quantity)));
	}

	static String orderJson(long household, long packageId, int quantity) {
		return """
				{"householdId": %d, "items": [{"packageId": %d, "quantity": %d}]}""".formatted(household, packageId, quantity);
	}

	ResultActions as(LifelineUser user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON)
			.with(httpBasic(user.username(), TestCity.PASSWORD)));
	}

	static long id(ResultActions result) throws Exception {
		return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}
}
