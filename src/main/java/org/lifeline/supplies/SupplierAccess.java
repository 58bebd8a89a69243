package org.lifeline.supplies;

import java.util.EnumSet;
import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
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

	static void requireKeeper(LifelineUser user) {
		if (!WHITELIST_KEEPERS.contains(user.role())) {
			throw new AccessDeniedException("only city or district command keep the supplier whitelist");
		}
	}
}
