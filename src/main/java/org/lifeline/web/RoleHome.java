package org.lifeline.web;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.springframework.ui.Model;

/** The home page of some roles: what they must act on first. Each renders its own fragment under web/home/. */
interface RoleHome {

	boolean serves(Role role);

	/** Fills the model for the user and names the template (web/home/&lt;name&gt;) whose "home" fragment shows it. */
	String fill(LifelineUser user, Model model);
}
