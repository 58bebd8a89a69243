package org.lifeline.supplies;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;

/**
 * A test city with an approved supplier of its own: the supplier's user, district command (who keeps the
 * whitelist), committee staff, and packages listed through the supplier's use case.
 */
final class SupplyFixture {

	final TestCity city;

	final LifelineUser district;

	final LifelineUser committee;

	final SupplierView supplier;

	final LifelineUser supplierUser;

	private final Suppliers suppliers;

	SupplyFixture(Territory territory, ResidentRegistry residents, Users users, Suppliers suppliers, LocalDate today) {
		this.suppliers = suppliers;
		city = new TestCity(territory, residents, users);
		district = city.user(Role.DISTRICT_COMMAND, city.district);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		String tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
		supplier = suppliers.register(new NewSupplier("测试超市" + tag, "沪保供-" + tag, today.plusMonths(3), "李经理",
				"13800000000"), district);
		supplierUser = users.createDemoAccount(new NewUser("supplier-" + tag, "Supplier", TestCity.PASSWORD,
				Role.SUPPLIER, null, List.of(), null, null, supplier.id()));
	}

	PackageView pack(String name, int priceFen, int stock) {
		return suppliers.addPackage(supplier.id(), new NewPackage(name, List.of("大米 5kg", "鸡蛋 30枚", "青菜 2kg"),
				priceFen, stock, null), supplierUser);
	}
}
