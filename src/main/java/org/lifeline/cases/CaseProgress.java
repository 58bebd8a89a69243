package org.lifeline.cases;

import java.time.Instant;
import java.time.LocalDate;

/** What a case has gone through so far (set only by {@link PositiveCase}'s transitions). */
final class CaseProgress {

	LocalDate convertedOn;

	String busRunRef;

	Instant transferStartedAt;

	String facilityCode;

	String bedKind;

	Instant admittedAt;

	Instant dischargedAt;

	LocalDate dischargedOn;

	LocalDate monitoringUntil;

	Instant escalatedAt;
}
