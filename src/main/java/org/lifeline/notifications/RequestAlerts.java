package org.lifeline.notifications;

import java.util.List;

import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.requests.RequestAssigned;
import org.lifeline.requests.RequestEscalated;
import org.lifeline.requests.EmergencyFiled;
import org.lifeline.requests.RequestQueries;
import org.lifeline.requests.RequestView;
import org.lifeline.territory.TerritoryScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns request events into notifications: a critical medical request alerts every street task force member of
 * the resident's street at once, a missed acknowledgement the street, a missed resolve the district command, and
 * an assignment the person given the work.
 */
@Component
class RequestAlerts {

	private final Notifications notifications;

	private final Users users;

	private final RequestQueries requests;

	RequestAlerts(Notifications notifications, Users users, RequestQueries requests) {
		this.notifications = notifications;
		this.users = users;
		this.requests = requests;
	}

	/**
	 * Names the patient and where they are, and carries the request so the alert shows the number to call, so the
	 * street can act from the alert itself.
	 */
	@ApplicationModuleListener
	void on(EmergencyFiled emergency) {
		RequestView request = requests.byId(emergency.requestId(), TerritoryScope.everything());
		String who = (request.contactName() == null ? "" : request.contactName() + " ")
				+ (request.address() == null ? "" : request.address());
		notifications.send(members(Role.STREET_TASK_FORCE, emergency.streetId()),
				Message.of("notice.request.critical", emergency.requestId(), who.isBlank() ? "-" : who.strip()),
				link(emergency.requestId()), emergency.requestId());
	}

	@ApplicationModuleListener
	void on(RequestEscalated escalated) {
		boolean street = escalated.level() == RequestEscalated.Level.STREET;
		List<Long> to = street ? members(Role.STREET_TASK_FORCE, escalated.streetId())
				: members(Role.DISTRICT_COMMAND, escalated.districtId());
		notifications.send(to, Message.of(street ? "notice.request.notAcknowledged" : "notice.request.notResolved",
				category(escalated.category()), escalated.requestId()), link(escalated.requestId()));
	}

	@ApplicationModuleListener
	void on(RequestAssigned assigned) {
		notifications.send(List.of(assigned.assigneeUserId()),
				Message.of("notice.request.assigned", category(assigned.category()), assigned.requestId()),
				link(assigned.requestId()));
	}

	private List<Long> members(Role role, long nodeId) {
		return users.boundTo(role, nodeId);
	}

	private static String category(Object category) {
		return Message.nested("category." + category);
	}

	private static String link(long requestId) {
		return "/requests/" + requestId;
	}
}
