package org.lifeline.cases;

import java.time.Instant;

/** A positive has waited over 24 hours at home without a bed: raised to the district command, once per case. */
public record CaseEscalated(long caseId, long residentId, long compoundId, String compoundName, long streetId,
		long districtId, Instant reportedAt, long hoursWaiting) {
}
