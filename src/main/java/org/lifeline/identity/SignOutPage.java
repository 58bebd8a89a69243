package org.lifeline.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lifeline.shared.web.PageController;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.bind.annotation.PostMapping;

/** "Sign out on all devices": ends every session of the user and revokes their API tokens. */
@PageController
class SignOutPage {

	private final SignOut signOut;

	private final CurrentUser currentUser;

	SignOutPage(SignOut signOut, CurrentUser currentUser) {
		this.signOut = signOut;
		this.currentUser = currentUser;
	}

	@PostMapping("/sign-out-everywhere")
	String everywhere(HttpServletRequest request, HttpServletResponse response) {
		signOut.everywhere(currentUser.require());
		new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?logout";
	}
}
