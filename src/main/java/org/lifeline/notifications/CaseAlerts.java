package org.lifeline.notifications;

import org.lifeline.cases.CaseEscalated;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the district command about a positive waiting over 24 hours for a bed (once per case). */
@Component
class CaseAlerts {

	private final Notifications notifications;

	private final Users users;

	CaseAlerts(Notifications notifications, Users users) {
		this.notifications = notifications;
		this.users = users;
	}

	@ApplicationModuleListener
	void on(CaseEscalated escalated) {
		notifications.send(users.boundTo(Role.DISTRICT_COMMAND, escalated.districtId()),
				Message.of("notice.case.waiting", escalated.caseId(), escalated.compoundName(), escalated.hoursWaiting()),
				"/cases/" + escalated.caseId());
	}
}
