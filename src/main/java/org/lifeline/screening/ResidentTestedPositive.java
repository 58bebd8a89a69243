package org.lifeline.screening;

import java.time.Instant;

/**
 * A single-tube PCR of one resident (a recheck of a positive pool, of a positive antigen self-test, or a close
 * contact's daily test) was reported positive: the resident is a positive case to report.
 */
public record ResidentTestedPositive(long residentId, long compoundId, long buildingId, long districtId,
		String tubeCode, Instant sampledAt, Instant reportedAt) {
}
