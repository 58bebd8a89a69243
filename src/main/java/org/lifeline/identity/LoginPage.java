package org.lifeline.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.lifeline.shared.web.PageController;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; says why the last sign-in failed (wrong credentials, a locked or a disabled account). */
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

	private static String problem(HttpSession session) {
		Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (failure instanceof LockedException) {
			return "locked";
		}
		if (failure instanceof DisabledException) {
			return "disabled";
		}
		return "bad";
	}
}
