package org.lifeline.notifications;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in user's notifications as a page: newest first, unread ones marked; reading one marks it read and
 * opens what it points at, and all can be marked read at once. An alert asking for a call shows the number.
 */
@PageController
class NotificationPages {

	static final int SHOWN = 100;

	private final Notifications notifications;

	private final AlertNumbers numbers;

	private final CurrentUser user;

	NotificationPages(Notifications notifications, AlertNumbers numbers, CurrentUser user) {
		this.notifications = notifications;
		this.numbers = numbers;
		this.user = user;
	}

	@GetMapping("/notifications")
	String list(Model model) {
		model.addAttribute("notifications", numbers.withNumbers(notifications.of(user.require().id(), false, SHOWN)));
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id) {
		notifications.markRead(user.require().id(), id);
		return "redirect:" + notifications.of(user.require().id(), false, SHOWN)
			.stream()
			.filter(n -> n.id() == id)
			.map(Notification::link)
			.filter(NotificationPages::isPagePath)
			.findFirst()
			.orElse("/notifications");
	}

	@PostMapping("/notifications/read")
	String readAll() {
		notifications.markAllRead(user.require().id());
		return "redirect:/notifications";
	}

	/** Only a path of this site is followed, never an address elsewhere. */
	static boolean isPagePath(String link) {
		return link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
	}
}
