package org.lifeline.medical;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lifeline.shared.EnumInput;

/**
 * Where a closed-loop trip stands: REQUESTED → ASSIGNED → EN_ROUTE → PICKED_UP → AT_HOSPITAL → RETURNING → HOME,
 * or ADMITTED at the hospital; CANCELLED before the pick-up. The loop is closed only at HOME or ADMITTED.
 */
public enum TripStatus {

	REQUESTED, ASSIGNED, EN_ROUTE, PICKED_UP, AT_HOSPITAL, RETURNING, HOME, ADMITTED, CANCELLED;

	private static final Map<TripStatus, Set<TripStatus>> NEXT = Map.of(
			REQUESTED, EnumSet.of(ASSIGNED, CANCELLED),
			ASSIGNED, EnumSet.of(EN_ROUTE, REQUESTED, CANCELLED),
			EN_ROUTE, EnumSet.of(PICKED_UP, ASSIGNED, CANCELLED),
			PICKED_UP, EnumSet.of(AT_HOSPITAL),
			AT_HOSPITAL, EnumSet.of(RETURNING, ADMITTED),
			RETURNING, EnumSet.of(HOME),
			HOME, EnumSet.noneOf(TripStatus.class),
			ADMITTED, EnumSet.noneOf(TripStatus.class),
			CANCELLED, EnumSet.noneOf(TripStatus.class));

	/** Statuses before the patient is in a vehicle: the trip may still be re-routed or cancelled. */
	public static final Set<TripStatus> BEFORE_PICK_UP = EnumSet.of(REQUESTED, ASSIGNED, EN_ROUTE);

	/** Statuses of a trip still to be finished. */
	public static final Set<TripStatus> OPEN = EnumSet.of(REQUESTED, ASSIGNED, EN_ROUTE, PICKED_UP, AT_HOSPITAL,
			RETURNING);

	/** Whether a trip may go from this status to the other in one step. */
	public boolean canBecome(TripStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** The steps possible from here. */
	public Set<TripStatus> next() {
		return NEXT.get(this);
	}

	/** Whether the loop is closed: the patient is home or admitted. */
	public boolean closesLoop() {
		return this == HOME || this == ADMITTED;
	}

	public boolean isOpen() {
		return OPEN.contains(this);
	}

	public static Optional<TripStatus> parse(String text) {
		return EnumInput.find(TripStatus.class, text);
	}
}
