package org.lifeline.web;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.residents.ResidentRegistry;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Home of a resident: their household and its members. */
@Component
class ResidentHome implements RoleHome {

	private final ResidentRegistry residents;

	private final CurrentUser currentUser;

	ResidentHome(ResidentRegistry residents, CurrentUser currentUser) {
		this.residents = residents;
		this.currentUser = currentUser;
	}

	@Override
	public boolean serves(Role role) {
		return role == Role.RESIDENT;
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		if (user.householdId() != null) {
			model.addAttribute("household", residents.household(user.householdId(), currentUser.scope()));
			model.addAttribute("members", residents.members(user.householdId(), currentUser.scope()));
		}
		return "resident";
	}
}
