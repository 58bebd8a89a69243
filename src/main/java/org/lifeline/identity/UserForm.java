package org.lifeline.identity;

import java.util.Arrays;
import java.util.List;

/**
 * The form that creates a user: what every user has, and the binding their role needs (a territory node,
 * buildings as a comma-separated list of codes, a household, a hospital or a supplier).
 */
record UserForm(String username, String displayName, String password, Role role, String territoryCode,
		String buildingCodes, Long householdId, String hospitalCode, Long supplierId) {

	static UserForm empty() {
		return new UserForm("", "", "", null, "", "", null, "", null);
	}

	NewUser toNewUser() {
		List<String> buildings = buildingCodes == null ? List.of()
				: Arrays.stream(buildingCodes.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
		return new NewUser(username, displayName, password, role, blankToNull(territoryCode), buildings, householdId,
				blankToNull(hospitalCode), supplierId);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
