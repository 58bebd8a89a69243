package org.lifeline.medical.medicine;

import java.time.Instant;

/** One household's door. */
final class BatchDoor {

	final long householdId;

	DropOutcome outcome;

	String note;

	String checkedBy;

	Instant checkedAt;

	Long requestId;

	BatchDoor(long householdId, DropOutcome outcome) {
		this.householdId = householdId;
		this.outcome = outcome;
	}
}
