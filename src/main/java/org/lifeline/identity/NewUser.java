package org.lifeline.identity;

import java.util.List;

/**
 * A user to create, bound to what they serve: {@code territoryCode} for command, task forces, committee staff,
 * hotline operators and drivers (their street); {@code buildingCodes} for volunteers; {@code householdId} for
 * residents; {@code hospitalCode} for hospital desks; {@code supplierId} for suppliers.
 */
public record NewUser(String username, String displayName, String password, Role role, String territoryCode,
		List<String> buildingCodes, Long householdId, String hospitalCode, Long supplierId) {

	public NewUser {
		buildingCodes = buildingCodes == null ? List.of() : List.copyOf(buildingCodes);
		username = username == null ? null : username.trim().toLowerCase();
		displayName = displayName == null || displayName.isBlank() ? username : displayName.trim();
	}
}
