package org.lifeline.screening.rounds;

import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.territory.TerritoryScope.Level;
import org.springframework.stereotype.Component;

/**
 * The scope filter for screening tables that carry only some territory columns (a sampling call knows its
 * district, compound and building; a home-sampling task also its committee and household): the scope's own
 * column where the table has it, else the compounds within the scope, listed by id.
 */
@Component
class AreaCondition {

	private static final int MAX_COMPOUNDS = 100_000;

	private final Territory territory;

	AreaCondition(Territory territory) {
		this.territory = territory;
	}

	String of(TerritoryScope scope, String alias, Set<Level> columns) {
		if (scope.isEverything() || scope.level() == Level.NOTHING || columns.contains(scope.level())) {
			return scope.condition(alias);
		}
		String ids = territory.findCompounds("", scope, MAX_COMPOUNDS)
			.stream()
			.map(TerritoryNode::id)
			.map(String::valueOf)
			.collect(Collectors.joining(","));
		return ids.isEmpty() ? "false" : alias + ".compound_id in (" + ids + ")";
	}
}
