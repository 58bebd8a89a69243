package org.lifeline.requests;

import org.lifeline.residents.ResidentView;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;

/**
 * Where a request goes and who it is for: the building or compound it is about (the committee above it works
 * it), the resident and household when known, and how to reach the person who asked.
 */
public record Routing(Long residentId, Long householdId, TerritoryNode node, String address, Double lat, Double lon,
		String contactName, String contactPhone, boolean vulnerable) {

	public Routing {
		if (node.kind() != TerritoryKind.BUILDING && node.kind() != TerritoryKind.COMPOUND) {
			throw new IllegalArgumentException("a request is routed to a building or a compound, not a " + node.kind());
		}
	}

	/** A request for a registered resident, routed through their building. */
	public static Routing forResident(ResidentView resident, TerritoryNode building) {
		return new Routing(resident.id(), resident.householdId(), building, resident.address(), building.lat(),
				building.lon(), resident.name(), resident.phone(), !resident.tags().isEmpty());
	}

	Long buildingId() {
		return node.kind() == TerritoryKind.BUILDING ? node.id() : null;
	}
}
