package org.lifeline.medical.dialysis;

/**
 * A generated dialysis session: planned (waiting for its trip), its trip requested, or flagged for the task force
 * because the hospital is full that day or closed; cancelled when the schedule ends.
 */
public enum SessionStatus {

	PLANNED, TRIP_REQUESTED, HOSPITAL_FULL, HOSPITAL_CLOSED, CANCELLED;

	/** Whether the session holds one of the hospital's dialysis slots that day. */
	boolean holdsSlot() {
		return this == PLANNED || this == TRIP_REQUESTED;
	}

	public boolean isFlagged() {
		return this == HOSPITAL_FULL || this == HOSPITAL_CLOSED;
	}
}
