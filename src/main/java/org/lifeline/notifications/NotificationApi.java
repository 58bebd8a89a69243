package org.lifeline.notifications;

import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's own notifications. */
@RestController
class NotificationApi {

	private final Notifications notifications;

	private final AlertNumbers numbers;

	private final CurrentUser user;

	NotificationApi(Notifications notifications, AlertNumbers numbers, CurrentUser user) {
		this.notifications = notifications;
		this.numbers = numbers;
		this.user = user;
	}

	@GetMapping("/api/v1/notifications")
	List<Notification> mine(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "50") int limit) {
		return numbers.withNumbers(notifications.of(user.require().id(), unread, Math.max(1, Math.min(limit, 200))));
	}

	@PostMapping("/api/v1/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable long id) {
		notifications.markRead(user.require().id(), id);
	}

	@PostMapping("/api/v1/notifications/read")
	Map<String, Integer> readAll() {
		return Map.of("marked", notifications.markAllRead(user.require().id()));
	}
}
