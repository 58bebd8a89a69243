package org.lifeline.notifications;

import java.util.List;

import org.lifeline.care.CheckInsMissed;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells a contact of their check-ins still open at the due time, and the committee of those still open later. */
@Component
class CareAlerts {

	private final Notifications notifications;

	private final Users users;

	CareAlerts(Notifications notifications, Users users) {
		this.notifications = notifications;
		this.users = users;
	}

	@ApplicationModuleListener
	void on(CheckInsMissed missed) {
		if (missed.contactUserId() != null) {
			notifications.send(List.of(missed.contactUserId()),
					Message.of("notice.care.contactMissed", missed.residents(), missed.day()), "/care");
		}
		else if (missed.committeeId() != null) {
			notifications.send(users.boundTo(Role.COMMITTEE_STAFF, missed.committeeId()),
					Message.of("notice.care.committeeMissed", missed.residents(), missed.day()), "/care");
		}
	}
}
