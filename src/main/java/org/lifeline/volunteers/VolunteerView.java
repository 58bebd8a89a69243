package org.lifeline.volunteers;

import java.util.List;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/** A registered volunteer (their phone a work contact, as a courier's): who, their account, the buildings they serve and lead, skills, and today's standing. */
public record VolunteerView(long id, String name, @PersonalData(Kind.CONTACT_PHONE) String phone, Long userId, List<String> buildings,
		List<String> leaderOf, List<String> skills, boolean onShiftToday, boolean testValid) {
}
