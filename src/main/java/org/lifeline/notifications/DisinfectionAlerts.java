package org.lifeline.notifications;

import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.isolation.TerminalDisinfectionDue;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the committee of a compound that a positive from it was admitted to isolation, so the home and the
 * building's common parts need terminal disinfection (终末消毒), until the disinfection ledger takes the event.
 */
@Component
class DisinfectionAlerts {

	private final Notifications notifications;

	private final Users users;

	private final Territory territory;

	DisinfectionAlerts(Notifications notifications, Users users, Territory territory) {
		this.notifications = notifications;
		this.users = users;
		this.territory = territory;
	}

	@ApplicationModuleListener
	void on(TerminalDisinfectionDue due) {
		TerritoryNode compound = territory.byId(due.compoundId());
		String building = territory.findById(due.buildingId()).map(TerritoryNode::name).orElse("#" + due.buildingId());
		if (compound.committeeId() == null) {
			return;
		}
		notifications.send(users.boundTo(Role.COMMITTEE_STAFF, compound.committeeId()),
				Message.of("notice.disinfection.due", compound.name(), building, due.caseId(), due.householdId()),
				"/territory/" + compound.code());
	}
}
