package org.lifeline.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/** Where residents live, read through the residents' and territory's APIs, for screening's own rows about them. */
@Component
class QuarantinePlaces {

	private final ResidentRegistry residents;

	private final Territory territory;

	QuarantinePlaces(ResidentRegistry residents, Territory territory) {
		this.residents = residents;
		this.territory = territory;
	}

	/** Each resident's home; an unknown resident is a 404 naming it. */
	Map<Long, Place> of(List<Long> residentIds) {
		List<Optional<ResidentView>> found = residents
			.byIds(residentIds.stream().map(id -> new ResidentLookup(id, TerritoryScope.everything())).toList());
		Map<String, TerritoryNode> buildings = new HashMap<>();
		Map<Long, Place> places = new HashMap<>();
		for (int i = 0; i < residentIds.size(); i++) {
			long id = residentIds.get(i);
			ResidentView resident = found.get(i).orElseThrow(() -> new NotFoundException("resident", id));
			TerritoryNode building = buildings.computeIfAbsent(resident.buildingCode(), territory::byCode);
			places.put(id, new Place(resident.householdId(), building.id(), building.compoundId(),
					building.committeeId(), building.districtId()));
		}
		return places;
	}

	record Place(long householdId, long buildingId, long compoundId, long committeeId, long districtId) {
	}
}
