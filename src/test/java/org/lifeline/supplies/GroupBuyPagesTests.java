package org.lifeline.supplies;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.lifeline.testing.SignedInSession;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Group buys on pages: staff order for a household, the resident sees the order on her page, the supplier
 * confirms and delivers from its page, the committee counts at the gate, and the volunteer checks off the door
 * with the remark shown first.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(MovableClock.Configuration.class)
class GroupBuyPagesTests {

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
	GroupBuys groupBuys;

	@Autowired
	UserDetailsService details;

	@Autowired
	GovernmentPackages government;

	@Autowired
	Zoning zoning;

	@Autowired
	MovableClock clock;

	@Test
	void fromTheOrderPageToTheDoorList() throws Exception {
		SupplyFixture f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		ResidentView elder = f.city.resident(f.city.compound, "101", "王秀英", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		LifelineUser phone = f.city.resident(elder.householdId());
		PackageView box = f.pack("保供套餐B", 9900, 10);
		Instant now = clock.instant();
		long id = groupBuys.open(new NewGroupBuy(f.city.compound.code(), List.of(box.id()), now.plus(Duration.ofHours(2)),
				null), f.committee, f.city.committee.scope()).id();

		mvc.perform(get("/group-buys/" + id).with(as(f.committee))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"order-household\"")));
		mvc.perform(post("/group-buys/" + id + "/orders").with(as(f.committee)).with(csrf())
			.param("householdId", String.valueOf(elder.householdId()))
			.param("qty-" + box.id(), "2")
			.param("remark", "请先打电话"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("done", "ordered"));
		mvc.perform(post("/group-buys/" + id + "/orders").with(as(phone)).with(csrf()).param("qty-" + box.id(), "99"))
			.andExpect(flash().attribute("problemDetail", containsString("stock")));
		mvc.perform(get("/group-buys/" + id).with(as(phone))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"order-submit\"")))
			.andExpect(content().string(containsString("保供套餐B × 2")));
		mvc.perform(get("/").with(as(phone))).andExpect(content().string(containsString("data-test=\"home-group-buy-" + id + "\"")));

		clock.advance(Duration.ofHours(3));
		mvc.perform(get("/").with(as(f.supplierUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"home-confirm-" + id + "\"")));
		mvc.perform(post("/supplies/group-buys/" + id + "/confirm").with(as(f.supplierUser)).with(csrf()))
			.andExpect(flash().attribute("done", "confirmed"));
		CourierView courier = suppliers.addCourier(f.supplier.id(), new NewCourier("刘师傅", "13911110000",
				clock.instant().minus(Duration.ofHours(1)), clock.instant()), f.supplierUser);
		mvc.perform(post("/supplies/vehicle-passes").with(as(f.supplierUser)).with(csrf()).param("plate", "沪B77881")
			.param("passNo", "通行-" + id).param("validUntil", LocalDate.now(clock).plusDays(7).toString()))
			.andExpect(flash().attribute("done", "pass"));
		mvc.perform(get("/supplies").with(as(f.supplierUser))).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"deliver-" + id + "\"")))
			.andExpect(content().string(containsString("沪B77881")));
		mvc.perform(post("/supplies/group-buys/" + id + "/deliver").with(as(f.supplierUser)).with(csrf())
			.param("courierId", String.valueOf(courier.id()))).andExpect(flash().attribute("done", "delivered"));

		mvc.perform(post("/group-buys/" + id + "/receive").with(as(f.committee)).with(csrf())
			.param("received-" + box.id(), "2")).andExpect(flash().attribute("done", "received"));

		LifelineUser volunteer = f.city.volunteer(f.city.compound.code() + "-B1");
		mvc.perform(get("/").with(as(volunteer)))
			.andExpect(content().string(containsString("data-test=\"doors-" + id + "\"")))
			.andExpect(content().string(containsString("id=\"room-filter\"")));
		mvc.perform(get("/group-buys/" + id).with(as(volunteer))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"check-off-" + elder.householdId() + "\"")))
			.andExpect(content().string(containsString("href=\"tel:" + elder.phone() + "\"")))
			.andExpect(content().string(containsString("请先打电话")));
		mvc.perform(post("/group-buys/" + id + "/doors/" + elder.householdId() + "/not-home").with(as(volunteer))
			.with(csrf()))
			.andExpect(redirectedUrl("/group-buys/" + id + "#door-" + elder.householdId()))
			.andExpect(flash().attribute("done", "notHome"));
		mvc.perform(get("/group-buys/" + id).with(as(volunteer)))
			.andExpect(content().string(containsString("data-not-home=\"true\"")))
			.andExpect(content().string(containsString("id=\"undo-" + elder.householdId() + "\"")));
		mvc.perform(post("/group-buys/" + id + "/doors/" + elder.householdId() + "/check-off").with(as(volunteer))
			.with(csrf()))
			.andExpect(redirectedUrl("/group-buys/" + id + "#door-" + elder.householdId()))
			.andExpect(flash().attribute("done", "checkedOff"));
		mvc.perform(get("/group-buys/" + id).with(as(volunteer)))
			.andExpect(content().string(containsString("data-delivered=\"true\"")));
		mvc.perform(post("/group-buys/" + id + "/doors/" + elder.householdId() + "/undo").with(as(volunteer))
			.with(csrf())).andExpect(flash().attribute("done", "undone"));
		mvc.perform(get("/group-buys/" + id).with(as(volunteer)))
			.andExpect(content().string(containsString("data-delivered=\"false\" data-not-home=\"false\"")));
	}

	@Test
	void theCommitteeChecksOffGovernmentPackagesVulnerableFirst() throws Exception {
		SupplyFixture f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		ResidentView family = f.city.resident(f.city.compound, "101", "李明");
		ResidentView elder = f.city.resident(f.city.compound, "202", "王秀英", VulnerabilityTag.AGED_80_PLUS);
		LifelineUser street = f.city.user(org.lifeline.identity.Role.STREET_TASK_FORCE, f.city.street);
		Instant start = clock.instant().plus(Duration.ofDays(3));
		long round = government.allocate(new NewGovernmentRound("第二批政府保供包", f.city.compound.code(),
				List.of("大米 10kg", "食用油 5L"), new DeliverySlot(start, start.plus(Duration.ofHours(3)))), street,
				f.city.street.scope()).id();
		String page = mvc.perform(get("/government-packages/" + round).with(as(f.committee)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page.indexOf("gov-deliver-" + elder.householdId()))
			.as("the vulnerable household comes first")
			.isLessThan(page.indexOf("gov-deliver-" + family.householdId()));
		mvc.perform(post("/government-packages/" + round + "/households/" + elder.householdId() + "/delivered")
			.with(as(f.committee)).with(csrf())).andExpect(flash().attribute("done", "govDelivered"));
		mvc.perform(get("/government-packages/" + round).with(as(f.committee)))
			.andExpect(content().string(containsString("data-test=\"gov-done-" + elder.householdId() + "\"")));
		mvc.perform(get("/government-packages").with(as(street)))
			.andExpect(content().string(containsString("data-test=\"round-" + round + "\"")));
	}

	@Test
	void aClerkImportsAnExportFixesTheUnmatchedRowAndSeesPickupCallsOfAControlledCompound() throws Exception {
		SupplyFixture f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		ResidentView elder = f.city.resident(f.city.compound, "101", "王秀英");
		ResidentView family = f.city.resident(f.city.compound, "102", "李明");
		PackageView box = f.pack("保供套餐C", 7700, 10);
		long id = groupBuys.open(new NewGroupBuy(f.city.compound.code(), List.of(box.id()),
				clock.instant().plus(Duration.ofHours(2)), null), f.committee, f.city.committee.scope()).id();
		String csv = "跟团号,商品,数量,收货人,联系电话,详细地址,团员备注\n"
				+ "5,保供套餐C,1,王秀英,13900001111,幸福小区1号楼101室,\n"
				+ "6,保供套餐C,2,李明,13900002222,幸福小区东门,请先打电话\n";
		mvc.perform(multipart("/group-buys/" + id + "/import")
			.file(new MockMultipartFile("file", "ktt.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as(f.committee)).with(csrf())).andExpect(flash().attribute("done", "imported"));
		String page = mvc.perform(get("/group-buys/" + id).with(as(f.committee))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher row = Pattern.compile("id=\"unmatched-fix-(\\d+)\"").matcher(page);
		org.assertj.core.api.Assertions.assertThat(row.find()).as("an unmatched row with a fix button").isTrue();
		mvc.perform(post("/group-buys/" + id + "/imports/unmatched/" + row.group(1)).with(as(f.committee)).with(csrf())
			.param("householdId", String.valueOf(family.householdId()))).andExpect(flash().attribute("done", "fixed"));
		zoning.setZone(f.city.compound.code(), Zone.CONTROLLED, "no case for 8 days", "test", TerritoryScope.everything());
		mvc.perform(get("/group-buys/" + id).with(as(f.committee))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pickup-calls\"")))
			.andExpect(content().string(containsString("data-test=\"pickup-" + elder.householdId() + "\"")))
			.andExpect(content().string(containsString("data-test=\"pickup-" + family.householdId() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("unmatched-fix-"))));
	}

	@Test
	void aRejectedExportRowIsSaidInTheClerksLanguage() throws Exception {
		SupplyFixture f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		PackageView box = f.pack("保供套餐D", 7700, 10);
		long id = groupBuys.open(new NewGroupBuy(f.city.compound.code(), List.of(box.id()),
				clock.instant().plus(Duration.ofHours(2)), null), f.committee, f.city.committee.scope()).id();
		String csv = "跟团号,商品,数量,收货人,联系电话,详细地址,团员备注\n"
				+ "7,大米,1,王秀英,13900001111,幸福小区1号楼101室,\n";
		// as a browser does: the report rides the session from the upload to the page it redirects to
		Cookie session = SignedInSession.of(mvc, f.committee.username(), TestCity.PASSWORD);
		mvc.perform(multipart("/group-buys/" + id + "/import")
			.file(new MockMultipartFile("file", "ktt.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.cookie(session).with(csrf())).andExpect(redirectedUrl("/group-buys/" + id));
		mvc.perform(get("/group-buys/" + id).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("团购 " + id + " 中没有名为“大米”的商品")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("no package named"))));
	}

	private RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}
