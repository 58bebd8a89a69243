package org.lifeline.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A new positive case was reported for a resident living at this building of this compound. */
public record CaseReported(long caseId, long residentId, long householdId, long buildingId, long compoundId,
		long districtId, CaseType type, FoundBy foundBy, LocalDate reportedOn, Instant at) {
}
