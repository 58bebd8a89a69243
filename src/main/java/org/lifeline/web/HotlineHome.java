package org.lifeline.web;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Home of a hotline operator: the caller's phone number first, to find their household. */
@Component
class HotlineHome implements RoleHome {

	@Override
	public boolean serves(Role role) {
		return role == Role.HOTLINE_OPERATOR;
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		return "hotline";
	}
}
