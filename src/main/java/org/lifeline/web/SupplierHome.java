package org.lifeline.web;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.supplies.GroupBuys;
import org.lifeline.supplies.SupplierWork;
import org.lifeline.supplies.Suppliers;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Home of a supplier: the group buys to confirm and to deliver to the gate next, and those still taking orders. */
@Component
class SupplierHome implements RoleHome {

	private final Suppliers suppliers;

	private final GroupBuys groupBuys;

	SupplierHome(Suppliers suppliers, GroupBuys groupBuys) {
		this.suppliers = suppliers;
		this.groupBuys = groupBuys;
	}

	@Override
	public boolean serves(Role role) {
		return role == Role.SUPPLIER;
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		if (user.supplierId() != null) {
			model.addAttribute("supplier", suppliers.supplier(user.supplierId()));
			model.addAttribute("work", SupplierWork.of(groupBuys.list(user, TerritoryScope.nothing(), false)));
		}
		return "supplier";
	}
}
