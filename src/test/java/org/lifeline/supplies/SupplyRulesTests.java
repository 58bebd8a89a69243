package org.lifeline.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;

/** The rules of supplies on their own: price rules, courier passes, deadlines, addresses, door notes, pickup slots. */
class SupplyRulesTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void aGroupBuyWithNoPackageLeftIsSoldOutAndResidentsNoLongerSeeItOnTheirHome() {
		GroupBuyView.Item gone = new GroupBuyView.Item(1, "保供套餐A", List.of(), 9900, 0, 40, null, 0);
		GroupBuyView.Item left = new GroupBuyView.Item(2, "保供套餐B", List.of(), 5900, 3, 37, null, 0);
		assertThat(groupBuy(List.of(gone)).soldOut()).isTrue();
		assertThat(groupBuy(List.of(gone, left)).soldOut()).isFalse();
		assertThat(groupBuy(List.of()).soldOut()).isFalse();
	}

	private static GroupBuyView groupBuy(List<GroupBuyView.Item> items) {
		return new GroupBuyView(1, GroupBuyStatus.OPEN, "C1", "幸福小区", 1, "超市", Instant.now(), null, null, "c",
				false, 0, 0, 0, items, null, null, null, null, null, null, null);
	}

	@Test
	void aPackageNeedsItsContentsAndAPriceAndNoExtraFees() {
		NewPackage ok = PriceRules.check(new NewPackage(" 蔬菜包 ", List.of(" 青菜 1kg", "", "土豆 2kg"), 8800, 10, null));
		assertThat(ok.name()).isEqualTo("蔬菜包");
		assertThat(ok.contents()).containsExactly("青菜 1kg", "土豆 2kg");
		assertField(() -> PriceRules.check(new NewPackage("包", List.of(), 100, 1, null)), "contents");
		assertField(() -> PriceRules.check(new NewPackage("包", null, 100, 1, null)), "contents");
		assertField(() -> PriceRules.check(new NewPackage("包", List.of("米"), null, 1, null)), "priceFen");
		assertField(() -> PriceRules.check(new NewPackage("包", List.of("米"), 0, 1, null)), "priceFen");
		assertField(() -> PriceRules.check(new NewPackage("包", List.of("米", "服务费 5元"), 100, 1, null)), "contents");
		assertField(() -> PriceRules.check(new NewPackage("包", List.of("rice", "Delivery fee"), 100, 1, null)), "contents");
		assertField(() -> PriceRules.check(new NewPackage("包", List.of("米"), 100, -1, null)), "stock");
		assertField(() -> PriceRules.check(new NewPackage(" ", List.of("米"), 100, 1, null)), "name");
	}

	@Test
	void aCourierPassNeedsPcrWithin48HoursAndAnAntigenToday() {
		Instant now = ZonedDateTime.of(2022, 4, 20, 10, 0, 0, 0, SHANGHAI).toInstant();
		Instant thisMorning = now.minus(Duration.ofHours(3));
		assertThat(new CourierPass(now.minus(Duration.ofHours(47)), thisMorning).validAt(now, SHANGHAI)).isTrue();
		assertThat(new CourierPass(now.minus(Duration.ofHours(49)), thisMorning).problemAt(now, SHANGHAI))
			.contains("48 hours");
		assertThat(new CourierPass(now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(11))).problemAt(now, SHANGHAI))
			.as("antigen yesterday evening").contains("today");
		assertThat(new CourierPass(null, thisMorning).validAt(now, SHANGHAI)).isFalse();
		assertThat(new CourierPass(now.minus(Duration.ofHours(1)), null).validAt(now, SHANGHAI)).isFalse();
		assertThat(new CourierPass(now.plus(Duration.ofHours(1)), thisMorning).validAt(now, SHANGHAI))
			.as("a test in the future").isFalse();
	}

	@Test
	void ordersStopAtTheDeadlineAndStepsFollowTheFlow() {
		Instant deadline = Instant.parse("2022-04-20T02:00:00Z");
		GroupBuy g = new GroupBuy(1, 0, 1, 1, 1, GroupBuyStatus.OPEN, deadline);
		g.requireOrdersTaken(deadline.minusSeconds(1));
		assertThatThrownBy(() -> g.requireOrdersTaken(deadline)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("deadline");
		assertThatThrownBy(() -> g.confirm(deadline.minusSeconds(60))).isInstanceOf(ConflictException.class);
		assertThatThrownBy(g::receive).isInstanceOf(ConflictException.class);
		g.confirm(deadline.plusSeconds(60));
		assertThat(g.status()).isEqualTo(GroupBuyStatus.CONFIRMED);
		assertThatThrownBy(() -> g.requireOrdersTaken(deadline.minusSeconds(60))).isInstanceOf(ConflictException.class);
		g.deliver();
		g.receive();
		assertThat(g.status()).isEqualTo(GroupBuyStatus.RECEIVED);
		assertThatThrownBy(g::cancel).isInstanceOf(ConflictException.class);
		assertThat(GroupBuyStatus.shown(GroupBuyStatus.OPEN, true)).isEqualTo(GroupBuyStatus.CLOSED);
	}

	@Test
	void addressesAsResidentsWriteThemGiveBuildingAndRoom() {
		assertThat(RoomAddress.parse("测试路100弄（幸福小区） 3号楼 502室")).contains(new RoomAddress("3", "502"));
		assertThat(RoomAddress.parse("上海市浦东新区测试路100号幸福小区12栋1101")).contains(new RoomAddress("12", "1101"));
		assertThat(RoomAddress.parse("幸福小区 5#302")).contains(new RoomAddress("5", "302"));
		assertThat(RoomAddress.parse("幸福小区7-201")).contains(new RoomAddress("7", "201"));
		assertThat(RoomAddress.parse("幸福小区 8号楼2单元601室")).contains(new RoomAddress("8", "601"));
		assertThat(RoomAddress.parse("幸福小区门口")).isEmpty();
	}

	@Test
	void remarksBecomeNotesForTheDoor() {
		assertThat(DoorNote.of("给父母买的，请先打电话", false)).containsExactlyInAnyOrder(DoorNote.CALL_FIRST,
				DoorNote.ELDERLY_ALONE);
		assertThat(DoorNote.of("放楼下就好，我们楼封了", false)).containsExactly(DoorNote.LEAVE_DOWNSTAIRS);
		assertThat(DoorNote.of(null, true)).containsExactly(DoorNote.ELDERLY_ALONE);
		assertThat(DoorNote.of("谢谢", false)).isEmpty();
	}

	@Test
	void pickupCallsGoBuildingByBuildingInSlots() {
		BuildingList.Door a = door(1, "101");
		BuildingList.Door b = door(2, "102");
		BuildingList.Door c = door(3, "103");
		List<BuildingList> buildings = List.of(new BuildingList("B1", "1号楼", 3, 0, List.of(), List.of(a, b, c)),
				new BuildingList("B2", "2号楼", 1, 0, List.of(), List.of(door(4, "201"))));
		Instant start = Instant.parse("2022-04-20T01:00:00Z");
		List<PickupCall> calls = LastHundredMetres.plan(buildings, start, Duration.ofMinutes(10), 2);
		assertThat(calls).extracting(PickupCall::slotStart)
			.containsExactly(start, start, start.plusSeconds(600), start.plusSeconds(1200));
		assertThat(calls).extracting(PickupCall::buildingCode).containsExactly("B1", "B1", "B1", "B2");
	}

	private static BuildingList.Door door(long household, String room) {
		return new BuildingList.Door(household, room, null, List.of(), null, Set.of(), false, null, null);
	}

	private static void assertField(Runnable call, String field) {
		assertThatThrownBy(call::run).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));
	}
}
