package org.lifeline.notifications;

import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.medical.HospitalClosed;
import org.lifeline.supplies.GroupBuyConfirmed;
import org.lifeline.supplies.GroupBuyDelivered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people on the ground what changed around them: a committee when a group buy of its compound is
 * confirmed or waits at the gate, a district's command when one of its hospitals
 * closes with trips still to re-route.
 */
@Component
class AreaAlerts {

	private final Notifications notifications;

	private final Users users;

	AreaAlerts(Notifications notifications, Users users) {
		this.notifications = notifications;
		this.users = users;
	}

	@ApplicationModuleListener
	void on(GroupBuyConfirmed confirmed) {
		notifications.send(users.boundTo(Role.COMMITTEE_STAFF, confirmed.committeeId()),
				Message.of("notice.groupBuy.confirmed", confirmed.groupBuyId()),
				groupBuy(confirmed.groupBuyId()));
	}

	@ApplicationModuleListener
	void on(GroupBuyDelivered delivered) {
		notifications.send(users.boundTo(Role.COMMITTEE_STAFF, delivered.committeeId()),
				Message.of("notice.groupBuy.atGate", delivered.groupBuyId()),
				groupBuy(delivered.groupBuyId()));
	}

	@ApplicationModuleListener
	void on(HospitalClosed closed) {
		if (closed.tripsToReroute().isEmpty()) {
			return;
		}
		notifications.send(users.boundTo(Role.DISTRICT_COMMAND, closed.districtId()),
				Message.of("notice.hospital.closed", closed.hospitalName(), closed.tripsToReroute().size()),
				"/fleet");
	}

	private static String groupBuy(long id) {
		return "/group-buys/" + id;
	}
}
