package org.lifeline.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.zones.ZoneChanged;
import org.lifeline.zones.ZoneChanges;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the committee staff of a compound that it moved to another zone, and why: what residents may do, how
 * deliveries reach them and how often they are tested follow from it. A recomputation of every unit announces its
 * changes together ({@link ZoneChanges}); each compound is told the same as for a single change.
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
		tell(changed, new HashMap<>());
	}

	/** The changes of one recomputation of every unit; each committee's staff is looked up once. */
	@ApplicationModuleListener
	void on(ZoneChanges changes) {
		Map<Long, List<Long>> staffByCommittee = new HashMap<>();
		changes.changes().forEach(changed -> tell(changed, staffByCommittee));
	}

	private void tell(ZoneChanged changed, Map<Long, List<Long>> staffByCommittee) {
		territory.findById(changed.compoundId()).filter(compound -> compound.committeeId() != null).ifPresent(compound -> {
			List<Long> staff = staffByCommittee.computeIfAbsent(compound.committeeId(),
					committee -> users.boundTo(Role.COMMITTEE_STAFF, committee));
			if (!staff.isEmpty()) {
				notifications.send(staff, Message.of("notice.zone.changed", compound.name(), changed.compoundCode(),
						Message.nested("zone." + changed.from()), Message.nested("zone." + changed.to()), changed.reason()),
						"/zones/" + changed.compoundCode());
			}
		});
	}
}
