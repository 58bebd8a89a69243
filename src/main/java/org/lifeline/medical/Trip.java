package org.lifeline.medical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.shared.ConflictException;

/**
 * The state of one closed loop. Every step is guarded by {@link TripStatus#canBecome}: an impossible step is a
 * 409 naming where the trip is and where it was asked to go, and every step taken leaves a timeline entry.
 */
class Trip {

	private final long id;

	private final String hospitalCode;

	private final String rerouteReason;

	private TripStatus status;

	private Instant closedAt;

	private final List<TripStep> steps = new ArrayList<>();

	Trip(long id, TripStatus status, String hospitalCode, String rerouteReason) {
		this.id = id;
		this.status = status;
		this.hospitalCode = hospitalCode;
		this.rerouteReason = rerouteReason;
	}

	/** A vehicle was given to the outbound leg (or changed). */
	void assigned(String vehicleCode, String by, Instant at) {
		if (status == TripStatus.REQUESTED) {
			move(TripStatus.ASSIGNED, by, at, "ASSIGNED", "vehicle " + vehicleCode);
		}
		else {
			steps.add(new TripStep(at, by, status, status, "ASSIGNED", "vehicle " + vehicleCode));
		}
	}

	/** Takes one step of the loop by hand (driver, hospital desk, dispatcher). */
	void advance(TripStatus to, String by, Instant at, String note) {
		if (to == TripStatus.ASSIGNED) {
			throw new ConflictException("trip " + id + " is " + status + " and cannot go to ASSIGNED: give it a vehicle");
		}
		if (to == TripStatus.PICKED_UP && rerouteReason != null && status.canBecome(to)) {
			throw new ConflictException("trip " + id + " must be re-routed before the pick-up: " + rerouteReason);
		}
		move(to, by, at, to.name(), note);
	}

	private void move(TripStatus to, String by, Instant at, String action, String note) {
		if (!status.canBecome(to)) {
			throw new ConflictException("trip " + id + " cannot go from " + status + " to " + to);
		}
		steps.add(new TripStep(at, by, status, to, action, note));
		status = to;
		if (to.closesLoop() || to == TripStatus.CANCELLED) {
			closedAt = at;
		}
	}

	long id() {
		return id;
	}

	TripStatus status() {
		return status;
	}

	String hospitalCode() {
		return hospitalCode;
	}

	Instant closedAt() {
		return closedAt;
	}

	List<TripStep> newSteps() {
		return List.copyOf(steps);
	}
}
