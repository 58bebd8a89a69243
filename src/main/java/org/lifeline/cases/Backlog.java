package org.lifeline.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The clear-daily backlog (日清日结) of a territory on a day: positives reported before that day and still not
 * admitted, oldest first with their age in hours, and how many wait in each street.
 */
public record Backlog(String territory, LocalDate day, int total, List<Street> streets, List<Waiting> cases) {

	/** One street's waiting positives and how long the oldest has waited. */
	public record Street(long streetId, String streetName, int waiting, long oldestHours) {
	}

	/** One positive still at home or on the way. */
	public record Waiting(long caseId, long residentId, String compoundCode, String compoundName, long streetId,
			CaseType type, CaseStatus status, LocalDate reportedOn, Instant reportedAt, long ageHours,
			boolean escalated) {
	}
}
