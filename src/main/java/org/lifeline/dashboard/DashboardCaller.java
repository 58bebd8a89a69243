package org.lifeline.dashboard;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * The node a command user asks about: their own without a code, otherwise one within their reach. A node outside
 * it, a building or an unknown code answers 404 alike (no oracle).
 */
@Component
class DashboardCaller {

	static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE')";

	static final String OUTLINE_WRITERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND')";

	private final CurrentUser user;

	private final Territory territory;

	DashboardCaller(CurrentUser user, Territory territory) {
		this.user = user;
		this.territory = territory;
	}

	TerritoryNode node(String code) {
		TerritoryScope scope = user.within(code);
		TerritoryNode node = scope.isEverything() && (code == null || code.isBlank()) ? territory.city()
				: code == null || code.isBlank() ? territory.byId(scope.nodeId()) : territory.byCode(code);
		if (node.kind() == TerritoryKind.BUILDING) {
			throw new NotFoundException("territory node", node.code());
		}
		return node;
	}

	/** The node's lineage from the city down, for the breadcrumb (only the part within the caller's reach). */
	java.util.List<TerritoryNode> lineage(TerritoryNode node) {
		TerritoryScope own = user.scope();
		return territory.lineage(node).stream().filter(own::contains).toList();
	}

	String actor() {
		return user.actor();
	}
}
