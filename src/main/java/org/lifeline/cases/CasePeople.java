package org.lifeline.cases;

import java.util.List;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/** The person of a case and their household, read through the residents' and territory's APIs. */
@Component
class CasePeople {

	private final ResidentRegistry residents;

	private final Territory territory;

	CasePeople(ResidentRegistry residents, Territory territory) {
		this.residents = residents;
		this.territory = territory;
	}

	/** The resident as the scope may see them; unknown or out of scope is a 400 naming residentId. */
	ResidentView resident(long residentId, TerritoryScope scope) {
		try {
			return residents.byId(residentId, scope);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("residentId", "resident " + residentId + " not found",
					"problem.cases.residentNotFound", String.valueOf(residentId));
		}
	}

	CasePlace placeOf(ResidentView resident) {
		TerritoryNode building = territory.byCode(resident.buildingCode());
		TerritoryNode compound = territory.byId(building.compoundId());
		TerritoryNode district = territory.byId(building.districtId());
		return new CasePlace(resident.householdId(), building.id(), compound.id(), building.committeeId(),
				building.streetId(), district.id(), compound.code(), compound.name(), district.code());
	}

	/** Everyone living in the resident's household, the resident included. */
	List<Long> householdOf(ResidentView resident) {
		return residents.members(resident.householdId(), TerritoryScope.everything())
			.stream()
			.map(ResidentView::id)
			.toList();
	}
}
