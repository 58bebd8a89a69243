package org.lifeline.notifications;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.PoolTestedPositive;
import org.lifeline.screening.ResidentTestedPositive;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns screening events into notifications: a positive pool alerts the staff of each committee whose residents
 * were in it (they must keep the households in and send samplers to the doors today); a positive single-tube
 * recheck alerts the street task force of the resident's street (a case to report and transfer).
 */
@Component
class ScreeningAlerts {

	private final Notifications notifications;

	private final Users users;

	private final ResidentRegistry residents;

	private final Territory territory;

	ScreeningAlerts(Notifications notifications, Users users, ResidentRegistry residents, Territory territory) {
		this.notifications = notifications;
		this.users = users;
		this.residents = residents;
		this.territory = territory;
	}

	@ApplicationModuleListener
	void on(PoolTestedPositive pool) {
		List<String> committees = residents
			.byIds(pool.residentIds().stream().map(id -> new ResidentLookup(id, TerritoryScope.everything())).toList())
			.stream()
			.flatMap(Optional::stream)
			.map(ResidentView::committeeCode)
			.filter(Objects::nonNull)
			.distinct()
			.toList();
		for (String code : committees) {
			territory.findByCode(code)
				.ifPresent(committee -> notifications.send(users.boundTo(Role.COMMITTEE_STAFF, committee.id()),
						Message.of("notice.pool.positive", pool.tubeCode(), pool.residentIds().size()),
						"/screening/rechecks"));
		}
	}

	@ApplicationModuleListener
	void on(ResidentTestedPositive positive) {
		Long street = territory.findById(positive.compoundId()).map(TerritoryNode::streetId).orElse(null);
		if (street == null) {
			return;
		}
		notifications.send(users.boundTo(Role.STREET_TASK_FORCE, street),
				Message.of("notice.recheck.positive", positive.tubeCode(), positive.residentId()),
				"/screening/rechecks");
	}
}
