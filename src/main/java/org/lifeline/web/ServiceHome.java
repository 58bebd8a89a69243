package org.lifeline.web;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Home of labs (what their page will hold until tube results arrive) and of samplers (the way to the scanning
 * page). Drivers, hospital desks and suppliers have
 * their own homes.
 */
@Component
class ServiceHome implements RoleHome {

	@Override
	public boolean serves(Role role) {
		return role == Role.LAB || role == Role.SAMPLER;
	}

	@Override
	public String fill(LifelineUser user, Model model) {
		model.addAttribute("service", user.role().name());
		model.addAttribute("binding", null);
		return "service";
	}
}
