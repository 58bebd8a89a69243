package org.lifeline.notifications;

import java.util.List;
import java.util.Map;

import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.zones.Zone;
import org.lifeline.zones.ZoneChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the committee staff of a compound that it moved to another zone, and why: what residents may do, how
 * deliveries reach them and how often they are tested follow from it.
 */
@Component
class ZoneAlerts {

	private static final Map<Zone, String> NAMES = Map.of(Zone.SEALED, "封控区", Zone.CONTROLLED, "管控区",
			Zone.PRECAUTION, "防范区");

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
				notifications.send(staff, compound.name() + "（" + changed.compoundCode() + "）由" + NAMES.get(changed.from()) + "调整为"
						+ NAMES.get(changed.to()) + "：" + changed.reason() + " (zone " + changed.from() + " → "
						+ changed.to() + ")", "/zones/" + changed.compoundCode());
			}
		});
	}
}
