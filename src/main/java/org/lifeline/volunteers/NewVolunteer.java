package org.lifeline.volunteers;

import java.util.List;

/**
 * A volunteer as the register takes them: name, phone, their account's username (for their own task list), the
 * buildings they serve by code, those of them they lead (楼长), and their skills.
 */
public record NewVolunteer(String name, String phone, String username, List<String> buildings, List<String> leaderOf,
		List<String> skills) {

	public NewVolunteer {
		buildings = buildings == null ? List.of() : List.copyOf(buildings);
		leaderOf = leaderOf == null ? List.of() : List.copyOf(leaderOf);
		skills = skills == null ? List.of() : List.copyOf(skills);
	}
}
