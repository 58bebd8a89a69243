package org.lifeline.dashboard;

import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryNode;

/** The condition on dashboard_figures (alias f) and dashboard_hard_case (alias h) that picks a node's compounds. */
final class CompoundScope {

	private CompoundScope() {
	}

	static String figures(TerritoryNode node) {
		return switch (node.kind()) {
			case CITY -> "true";
			case DISTRICT -> "f.district_id = " + node.id();
			case STREET -> "f.street_id = " + node.id();
			case COMMITTEE -> "f.parent_id = " + node.id();
			case COMPOUND -> "f.node_id = " + node.id();
			case BUILDING -> throw new NotFoundException("dashboard", node.code());
		};
	}

	static String hardCases(TerritoryNode node) {
		return switch (node.kind()) {
			case CITY -> "true";
			case DISTRICT -> "h.district_id = " + node.id();
			case STREET -> "h.street_id = " + node.id();
			case COMMITTEE, COMPOUND -> "h.compound_id in (select node_id from dashboard_figures f where "
					+ figures(node) + " and f.kind = 'COMPOUND')";
			case BUILDING -> throw new NotFoundException("dashboard", node.code());
		};
	}
}
