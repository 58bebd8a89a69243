package org.lifeline.supplies;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.residents.HouseholdView;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/**
 * Which group buys a caller sees, as one SQL condition over the group_buy row: staff by their node, a volunteer by
 * the compounds of their buildings, a resident by their own compound, a supplier by its own group buys. Orders and
 * deliveries carry household ids and use the caller's territory scope as it is.
 */
@Component
class Visibility {

	private final Territory territory;

	private final ResidentRegistry residents;

	Visibility(Territory territory, ResidentRegistry residents) {
		this.territory = territory;
		this.residents = residents;
	}

	/** The condition over a group_buy alias. */
	String groupBuys(LifelineUser user, TerritoryScope scope, String alias) {
		if (user.role() == Role.SUPPLIER) {
			return user.supplierId() == null ? "false" : alias + ".supplier_id = " + user.supplierId();
		}
		return switch (scope.level()) {
			case CITY -> "true";
			case NOTHING -> "false";
			case DISTRICT, STREET, COMMITTEE, COMPOUND -> scope.condition(alias);
			case BUILDING -> in(alias, scope.ids().stream().map(id -> territory.byId(id).compoundId()).collect(Collectors.toSet()));
			case HOUSEHOLD -> alias + ".compound_id = " + compoundOfHousehold(scope.nodeId(), scope).id();
		};
	}

	/** The compound a household lives in, or 404 when the household is outside the scope. */
	TerritoryNode compoundOfHousehold(long householdId, TerritoryScope scope) {
		return territory.byCode(household(householdId, scope).compoundCode());
	}

	HouseholdView household(long householdId, TerritoryScope scope) {
		try {
			return residents.household(householdId, scope);
		}
		catch (NotFoundException e) {
			throw new NotFoundException("household", householdId);
		}
	}

	private static String in(String alias, Set<Long> ids) {
		if (ids.isEmpty()) {
			return "false";
		}
		return alias + ".compound_id in (" + new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
	}
}
