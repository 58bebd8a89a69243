package org.lifeline.web;

import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Home of drivers, hospital desks, suppliers and labs: what their page will hold and what they are bound to
 * (street fleet, hospital, supplier), until trips, transfers, orders and results arrive.
 */
@Component
class ServiceHome implements RoleHome {

	private static final Set<Role> ROLES = Set.of(Role.SUPPLIER, Role.LAB);

	private final Territory territory;

	ServiceHome(Territory territory) {
		this.territory = territory;
	}

	@Override
	public boolean serves(Role role) {
		return ROLES.contains(role);
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		String binding = switch (user.role()) {
			case DRIVER -> territory.findByCode(user.territoryCode()).map(TerritoryNode::name).orElse(null);
			case HOSPITAL_DESK -> user.hospitalCode();
			case SUPPLIER -> user.supplierId() == null ? null : String.valueOf(user.supplierId());
			default -> null;
		};
		model.addAttribute("service", user.role().name());
		model.addAttribute("binding", binding);
		return "service";
	}
}
