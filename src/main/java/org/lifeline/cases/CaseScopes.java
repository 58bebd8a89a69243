package org.lifeline.cases;

import org.lifeline.territory.Placement;
import org.lifeline.territory.TerritoryScope;

/** The scope check for a case already read, the same one {@link TerritoryScope#condition(String)} makes in SQL. */
final class CaseScopes {

	private CaseScopes() {
	}

	static boolean contains(TerritoryScope scope, CasePlace p) {
		return scope.contains(new Placement(p.districtId(), p.streetId(), p.committeeId(), p.compoundId(),
				p.buildingId(), p.householdId()));
	}
}
