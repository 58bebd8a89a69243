package org.lifeline.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A case waiting for a bed, as the isolation allocator reads it: where the person lives, the case type, when it
 * was reported, the person's {@code age} in whole years today, and the admission-class {@code needs} read from
 * the resident when the case was reported: {@value CaseNeeds#ELDERLY_WITH_CONDITIONS} (60+ with an underlying
 * disease tag), {@value CaseNeeds#PREGNANT}, {@value CaseNeeds#DIALYSIS}, {@value CaseNeeds#CHILD} (under 14);
 * empty for the rest.
 */
public record CaseInQueue(long caseId, long residentId, long householdId, long buildingId, long compoundId,
		long streetId, long districtId, CaseType type, LocalDate reportedOn, Instant reportedAt, int age,
		Set<String> needs) {

	public CaseInQueue {
		needs = Set.copyOf(needs);
	}
}
