package org.lifeline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.notifications.Notifications;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the shell: the signed-in user, their role and binding, the navigation of that role and the
 * count of unread notifications for the bell.
 */
@ControllerAdvice(annotations = PageController.class)
class ShellAdvice {

	private final CurrentUser currentUser;

	private final Territory territory;

	private final Notifications notifications;

	ShellAdvice(CurrentUser currentUser, Territory territory, Notifications notifications) {
		this.currentUser = currentUser;
		this.territory = territory;
		this.notifications = notifications;
	}

	@ModelAttribute("shell")
	ShellView shell(HttpServletRequest request) {
		// the topbar's sign-out forms carry the CSRF token: resolve it (and the session holding it) before any of
		// the page is written, so a page whose output passes the response buffer first still renders
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		return shellFor(request.getRequestURI());
	}

	/** The shell for a path, or null when nobody is signed in. */
	ShellView shellFor(String path) {
		return currentUser.get().map(user -> shellOf(user, path)).orElse(null);
	}

	private ShellView shellOf(LifelineUser user, String path) {
		String binding = user.territoryCode() == null ? null
				: territory.findByCode(user.territoryCode()).map(TerritoryNode::name).orElse(null);
		return new ShellView(user.displayName(), user.role(), binding, Navigation.of(user.role(), path),
				notifications.unreadCount(user.id()));
	}
}
