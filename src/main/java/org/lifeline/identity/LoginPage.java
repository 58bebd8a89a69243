package org.lifeline.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.lifeline.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; says that the last sign-in failed, never why. */
@PageController
class LoginPage {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		if (request.getParameter("error") != null) {
			model.addAttribute("problem", problem(request.getSession(false)));
		}
		model.addAttribute("loggedOut", request.getParameter("logout") != null);
		return "identity/login";
	}

	/**
	 * Every failure reads the same (a wrong password, an unknown user, a locked or disabled account, too many
	 * attempts from this address), so the page tells nobody which usernames exist.
	 */
	private static String problem(HttpSession session) {
		return "bad";
	}
}
