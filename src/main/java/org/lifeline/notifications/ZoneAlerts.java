package org.lifeline.notifications;

import java.util.List;

import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.zones.ZoneChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the committee staff of a compound that it moved to another zone, and why: what residents may do, how
 * deliveries reach them and how often they are tested follow from it.
 */
@Component
class ZoneAlerts {

	private final Notifications notifications;

	private final Users users;

	private final Territory territory;

	ZoneAlerts(Notifications notifications, Users users, Territory territory) {
		this.notifications = notifications;
		this.users = users;
		this.territory = territory;
	}

	@ApplicationModuleListener
	void on(ZoneChanged changed) {
		territory.findById(changed.compoundId()).filter(compound -> compound.committeeId() != null).ifPresent(compound -> {
			List<Long> staff = users.boundTo(Role.COMMITTEE_STAFF, compound.committeeId());
			if (!staff.isEmpty()) {
				notifications.send(staff, Message.of("notice.zone.changed", compound.name(), changed.compoundCode(),
						Message.nested("zone." + changed.from()), Message.nested("zone." + changed.to()), changed.reason()),
						"/zones/" + changed.compoundCode());
			}
		});
	}
}
