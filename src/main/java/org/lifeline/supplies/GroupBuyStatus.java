package org.lifeline.supplies;

/**
 * Where a group buy stands: OPEN for orders until the deadline (CLOSED after it, until the supplier confirms),
 * CONFIRMED by the supplier, DELIVERED to the compound gate, RECEIVED by the committee with counts, or CANCELLED.
 */
public enum GroupBuyStatus {
	OPEN, CLOSED, CONFIRMED, DELIVERED, RECEIVED, CANCELLED;

	/** The status shown: an open group buy whose deadline passed is closed. */
	static GroupBuyStatus shown(GroupBuyStatus stored, boolean deadlinePassed) {
		return stored == OPEN && deadlinePassed ? CLOSED : stored;
	}
}
