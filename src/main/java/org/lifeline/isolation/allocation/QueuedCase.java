package org.lifeline.isolation.allocation;

import java.util.Set;

/**
 * A case of the day's queue as the allocator sees it: its household (kept together), home compound and its
 * position, district (and its name for the reasons), and the admission-class needs from the resident's facts.
 */
public record QueuedCase(long caseId, long householdId, long compoundId, long districtId, String districtName,
		double lat, double lon, Set<String> needs) {

	public QueuedCase {
		needs = needs == null ? Set.of() : Set.copyOf(needs);
	}
}
