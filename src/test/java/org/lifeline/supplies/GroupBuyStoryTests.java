package org.lifeline.supplies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Notification;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.ConflictException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/**
 * One group buy from shelf to door: the supplier lists a package, the committee opens a group buy, residents
 * order (one on her phone, one through staff), the deadline passes, the supplier confirms and its courier
 * delivers to the gate, the committee counts one package short, and the volunteer checks off the doors. The
 * committee hears from the group buy itself when it is confirmed and when its goods are at the gate.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@ActiveProfiles("test")
@EnableScenarios
@Import(MovableClock.Configuration.class)
class GroupBuyStoryTests {

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
	GateHandover handover;

	@Autowired
	GroupOrders orders;

	@Autowired
	LastHundredMetres lastHundredMetres;

	@Autowired
	Notifications notifications;

	@Autowired
	MovableClock clock;

	@Test
	void fromTheSuppliersShelfToTheResidentsDoor() {
		SupplyFixture f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		ResidentView elder = f.city.resident(f.city.compound, "101", "王秀英", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		ResidentView family = f.city.resident(f.city.compound, "102", "李明");
		LifelineUser elderPhone = f.city.resident(elder.householdId());
		TerritoryScope committeeScope = f.city.committee.scope();

		PackageView box = f.pack("保供套餐A", 12800, 50);
		Instant now = clock.instant();
		GroupBuyView opened = groupBuys.open(new NewGroupBuy(f.city.compound.code(), List.of(box.id()),
				now.plus(Duration.ofHours(2)), new DeliverySlot(now.plus(Duration.ofHours(18)), now.plus(Duration.ofHours(20)))),
				f.committee, committeeScope);
		assertThat(opened.status()).isEqualTo(GroupBuyStatus.OPEN);

		assertThat(groupBuys.list(elderPhone, TerritoryScope.household(elder.householdId()), true))
			.extracting(GroupBuyView::id).contains(opened.id());
		orders.place(opened.id(), new NewOrder(elder.householdId(), List.of(new NewOrder.Line(box.id(), 1)),
				"独居老人，请先打电话"), elderPhone, TerritoryScope.household(elder.householdId()));
		OrderView staffOrder = orders.place(opened.id(), new NewOrder(family.householdId(),
				List.of(new NewOrder.Line(box.id(), 2)), "放楼下，我们楼封了"), f.committee, committeeScope);
		assertThat(staffOrder.channel()).isEqualTo("STAFF");
		orders.markPaid(staffOrder.id(), true, f.committee, committeeScope);

		clock.advance(Duration.ofHours(3));
		assertThatThrownBy(() -> orders.place(opened.id(), new NewOrder(family.householdId(),
				List.of(new NewOrder.Line(box.id(), 1)), null), f.committee, committeeScope))
			.isInstanceOf(ConflictException.class).hasMessageContaining("deadline");

		TerritoryScope none = TerritoryScope.nothing();
		List<BuildingList> forSupplier = lastHundredMetres.buildings(opened.id(), f.supplierUser, none);
		assertThat(forSupplier).singleElement().satisfies(b -> {
			assertThat(b.totals()).singleElement().extracting(BuildingList.Total::quantity).isEqualTo(3L);
			assertThat(b.doors()).as("the supplier sees totals, not households").isEmpty();
		});
		handover.confirm(opened.id(), f.supplierUser, none);
		CourierView courier = suppliers.addCourier(f.supplier.id(), new NewCourier("张师傅", "13912345678",
				clock.instant().minus(Duration.ofHours(20)), clock.instant()), f.supplierUser);
		GroupBuyView atGate = handover.deliver(opened.id(), courier.id(), null, f.supplierUser, none);
		assertThat(atGate.status()).isEqualTo(GroupBuyStatus.DELIVERED);

		GroupBuyView received = handover.receive(opened.id(), new GateHandover.Receipt(
				List.of(new GateHandover.Receipt.Count(box.id(), 2)), "一箱在运输中破损"), f.committee, committeeScope);
		assertThat(received.status()).isEqualTo(GroupBuyStatus.RECEIVED);
		assertThat(received.items().get(0).shortfall()).isEqualTo(1);
		assertThat(received.shortfallNote()).isEqualTo("一箱在运输中破损");

		LifelineUser volunteer = f.city.volunteer(f.city.compound.code() + "-B1");
		TerritoryScope buildings = TerritoryScope.buildings(volunteer.buildingIds());
		List<BuildingList> lists = lastHundredMetres.buildings(opened.id(), volunteer, buildings);
		assertThat(lists).singleElement().satisfies(b -> {
			assertThat(b.doors()).extracting(BuildingList.Door::room).containsExactly("101", "102");
			assertThat(b.doors().get(0).notes()).contains(DoorNote.CALL_FIRST, DoorNote.ELDERLY_ALONE);
			assertThat(b.doors().get(1).notes()).contains(DoorNote.LEAVE_DOWNSTAIRS);
			assertThat(b.doors().get(1).paid()).isTrue();
		});
		BuildingList.Door done = lastHundredMetres.checkOff(opened.id(), elder.householdId(), volunteer, buildings);
		assertThat(done.deliveredAt()).isNotNull();
		assertThatThrownBy(() -> lastHundredMetres.checkOff(opened.id(), elder.householdId(), volunteer, buildings))
			.isInstanceOf(ConflictException.class);
		lastHundredMetres.checkOff(opened.id(), family.householdId(), volunteer, buildings);
		assertThat(lastHundredMetres.buildings(opened.id(), volunteer, buildings).get(0).delivered()).isEqualTo(2);
	}

	@Test
	void theCommitteeIsToldWhenTheSupplierConfirmsAndWhenTheGoodsReachTheGate(Scenario scenario) {
		SupplyFixture f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		PackageView box = f.pack("保供套餐B", 9800, 20);
		Instant now = clock.instant();
		long id = groupBuys.open(new NewGroupBuy(f.city.compound.code(), List.of(box.id()), now.plus(Duration.ofHours(1)),
				null), f.committee, f.city.committee.scope()).id();
		clock.advance(Duration.ofHours(2));
		TerritoryScope none = TerritoryScope.nothing();

		scenario.stimulate(() -> handover.confirm(id, f.supplierUser, none))
			.andWaitForStateChange(() -> about(f.committee.id(), id), alerts -> !alerts.isEmpty())
			.andVerify(alerts -> assertThat(alerts).singleElement()
				.satisfies(n -> assertThat(n.text()).contains("confirmed")));

		CourierView courier = suppliers.addCourier(f.supplier.id(), new NewCourier("赵师傅", "13912345670",
				clock.instant().minus(Duration.ofHours(20)), clock.instant()), f.supplierUser);
		scenario.stimulate(() -> handover.deliver(id, courier.id(), null, f.supplierUser, none))
			.andWaitForStateChange(() -> about(f.committee.id(), id), alerts -> alerts.size() == 2)
			.andVerify(alerts -> assertThat(alerts.get(0).text()).contains("at the gate"));
	}

	/** The user's notifications that link to this group buy, newest first. */
	private List<Notification> about(long userId, long groupBuyId) {
		return notifications.of(userId, false, 20)
			.stream()
			.filter(n -> ("/group-buys/" + groupBuyId).equals(n.link()))
			.toList();
	}
}
