package org.lifeline.requests;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.stereotype.Component;

/**
 * The buildings requests are routed through, by code. Buildings do not move between compounds, so intake keeps
 * the ones it has seen instead of asking the database on every filing.
 */
@Component
class BuildingDirectory {

	private static final int MAX_REMEMBERED = 200_000;

	private final Territory territory;

	private final Map<String, TerritoryNode> known = new ConcurrentHashMap<>();

	BuildingDirectory(Territory territory) {
		this.territory = territory;
	}

	TerritoryNode byCode(String code) {
		TerritoryNode node = known.get(code);
		if (node == null) {
			node = territory.byCode(code);
			if (known.size() < MAX_REMEMBERED) {
				known.put(code, node);
			}
		}
		return node;
	}
}
