package org.lifeline.supplies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Supplies with the modules it depends on: once a group buy's deadline has passed, the supplier's confirmation
 * is announced as {@link GroupBuyConfirmed} and the courier's delivery to the gate as {@link GroupBuyDelivered},
 * both for the compound's committee.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
@DirtiesContext
@Import(MovableClock.Configuration.class)
class SuppliesModuleTests {

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
	MovableClock clock;

	@Test
	void theSuppliersConfirmationAndDeliveryToTheGateAreAnnouncedForTheCommittee(Scenario scenario) {
		SupplyFixture f = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		PackageView box = f.pack("保供套餐M", 8800, 10);
		Instant now = clock.instant();
		long id = groupBuys.open(new NewGroupBuy(f.city.compound.code(), List.of(box.id()), now.plus(Duration.ofHours(1)),
				null), f.committee, f.city.committee.scope()).id();
		clock.advance(Duration.ofHours(2));
		TerritoryScope none = TerritoryScope.nothing();

		scenario.stimulate(() -> handover.confirm(id, f.supplierUser, none))
			.andWaitForEventOfType(GroupBuyConfirmed.class)
			.matching(confirmed -> confirmed.groupBuyId() == id)
			.toArriveAndVerify(confirmed -> {
				assertThat(confirmed.committeeId()).isEqualTo(f.city.committee.id());
				assertThat(confirmed.supplierId()).isEqualTo(f.supplier.id());
			});
		CourierView courier = suppliers.addCourier(f.supplier.id(), new NewCourier("钱师傅", "13912345671",
				clock.instant().minus(Duration.ofHours(20)), clock.instant()), f.supplierUser);
		scenario.stimulate(() -> handover.deliver(id, courier.id(), null, f.supplierUser, none))
			.andWaitForEventOfType(GroupBuyDelivered.class)
			.matching(delivered -> delivered.groupBuyId() == id)
			.toArriveAndVerify((delivered, view) -> {
				assertThat(delivered.compoundId()).isEqualTo(f.city.compound.id());
				assertThat(view.status()).isEqualTo(GroupBuyStatus.DELIVERED);
			});
	}
}
