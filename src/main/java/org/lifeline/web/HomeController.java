package org.lifeline.web;

import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: hands over to the home of the signed-in user's role. */
@PageController
class HomeController {

	private final CurrentUser currentUser;

	private final List<RoleHome> homes;

	HomeController(CurrentUser currentUser, List<RoleHome> homes) {
		this.currentUser = currentUser;
		this.homes = homes;
	}

	@GetMapping("/")
	String home(Model model) {
		LifelineUser user = currentUser.require();
		RoleHome home = homes.stream()
			.filter(h -> h.serves(user.role()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no home page for " + user.role()));
		model.addAttribute("homeTemplate", "web/home/" + home.fill(user, model));
		return "web/home";
	}
}
