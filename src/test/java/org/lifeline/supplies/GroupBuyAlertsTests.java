package org.lifeline.supplies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Notification;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

/** The committee hears from the group buy itself: when its supplier confirms it, and when the goods are at the gate. */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@ActiveProfiles("test")
@EnableScenarios
@Import(MovableClock.Configuration.class)
class GroupBuyAlertsTests {

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
	Notifications notifications;

	@Autowired
	MovableClock clock;

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
