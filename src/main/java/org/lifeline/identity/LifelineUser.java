package org.lifeline.identity;

import java.io.Serializable;
import java.util.Set;

import org.lifeline.territory.TerritoryKind;

/**
 * A signed-in user and what they serve: a territory node (command, task forces, committee, hotline, a driver's
 * street fleet), buildings (volunteers), a household (residents), a hospital or a supplier.
 */
public record LifelineUser(long id, String username, String displayName, Role role, Long territoryId,
		TerritoryKind territoryKind, String territoryCode, Long householdId, String hospitalCode, Long supplierId, Set<Long> buildingIds)
		implements Serializable {

	public LifelineUser {
		buildingIds = buildingIds == null ? Set.of() : Set.copyOf(buildingIds);
	}
}
