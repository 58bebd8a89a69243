package org.lifeline.supplies;

import java.util.EnumSet;
import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.AccessDeniedException;

/** Who may act for a supplier: the supplier's own users, and city or district command keeping the whitelist. */
final class SupplierAccess {

	static final Set<Role> WHITELIST_KEEPERS = EnumSet.of(Role.ADMINISTRATOR, Role.CITY_COMMAND, Role.DISTRICT_COMMAND);

	private SupplierAccess() {
	}

	static void requireActsFor(LifelineUser user, long supplierId) {
		if (!actsFor(user, supplierId)) {
			throw new AccessDeniedException("only supplier " + supplierId + " itself or command may change it");
		}
	}

	static boolean actsFor(LifelineUser user, long supplierId) {
		return WHITELIST_KEEPERS.contains(user.role())
				|| (user.role() == Role.SUPPLIER && user.supplierId() != null && user.supplierId() == supplierId);
	}

	/**
	 * Couriers (names, phones, tests) and vehicle passes are for the supplier itself, the city, the district that
	 * approved the supplier or where it delivers, and the streets and committees at whose gates it delivers.
	 */
	static void requireSeesStaff(LifelineUser user, long supplierId, TerritoryScope scope, SupplierRepository suppliers) {
		boolean sees = switch (user.role()) {
			case ADMINISTRATOR, CITY_COMMAND -> true;
			case SUPPLIER -> user.supplierId() != null && user.supplierId() == supplierId;
			case DISTRICT_COMMAND -> (user.territoryId() != null && suppliers.approvedBy(supplierId, user.territoryId()))
					|| suppliers.deliversWhere(supplierId, scope.condition("g"));
			case STREET_TASK_FORCE, COMMITTEE_STAFF -> suppliers.deliversWhere(supplierId, scope.condition("g"));
			default -> false;
		};
		if (!sees) {
			throw new AccessDeniedException("couriers and vehicle passes are for the supplier, the district that "
					+ "approves it and the committees at whose gates it delivers");
		}
	}

	static void requireKeeper(LifelineUser user) {
		if (!WHITELIST_KEEPERS.contains(user.role())) {
			throw new AccessDeniedException("only city or district command keep the supplier whitelist");
		}
	}
}
