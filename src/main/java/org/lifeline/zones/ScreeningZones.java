package org.lifeline.zones;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.lifeline.screening.CompoundZones;
import org.lifeline.territory.TerritoryNode;
import org.springframework.stereotype.Component;

/** Tells screening the zone of the compounds a round covers, so it picks each compound's method. */
@Component
class ScreeningZones implements CompoundZones {

	private final Zoning zoning;

	ScreeningZones(Zoning zoning) {
		this.zoning = zoning;
	}

	@Override
	public Map<String, String> zonesOf(Collection<TerritoryNode> compounds) {
		Map<String, String> names = new HashMap<>();
		zoning.zonesOf(compounds).forEach((code, zone) -> names.put(code, zone.name()));
		return names;
	}
}
