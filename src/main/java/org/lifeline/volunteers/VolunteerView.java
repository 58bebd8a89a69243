package org.lifeline.volunteers;

import java.util.List;

/** A registered volunteer: who, their account, the buildings they serve and lead, skills, and today's standing. */
public record VolunteerView(long id, String name, String phone, Long userId, List<String> buildings,
		List<String> leaderOf, List<String> skills, boolean onShiftToday, boolean testValid) {
}
