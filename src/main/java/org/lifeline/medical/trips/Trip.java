package org.lifeline.medical.trips;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.medical.TripAdvanced;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripStep;
import org.lifeline.shared.AggregateRoot;
import org.lifeline.shared.ConflictException;

/**
 * The state of one closed loop, moved by its named steps: {@link #setOff}, {@link #pickUp},
 * {@link #arriveAtHospital}, then {@link #handBack} and {@link #bringHome} or {@link #admit}; {@link #cancel}
 * before the pick-up. Every step is guarded by {@link TripStatus#canBecome}: an impossible step is a 409 naming
 * where the trip is and where it was asked to go. A trip flagged for re-routing (its hospital closed) cannot pick
 * up its patient until it is re-routed. Every step leaves a timeline entry and registers {@link TripAdvanced}.
 */
public class Trip extends AggregateRoot {

	private final long id;

	private final String hospitalCode;

	private final String rerouteReason;

	private final long streetId;

	private final long districtId;

	private TripStatus status;

	private Instant closedAt;

	private final List<TripStep> steps = new ArrayList<>();

	Trip(long id, TripStatus status, String hospitalCode, String rerouteReason, long streetId, long districtId) {
		this.id = id;
		this.status = status;
		this.hospitalCode = hospitalCode;
		this.rerouteReason = rerouteReason;
		this.streetId = streetId;
		this.districtId = districtId;
	}

	/** A vehicle was given to the outbound leg (or changed). */
	public void assigned(String vehicleCode, String by, Instant at) {
		if (status == TripStatus.REQUESTED) {
			move(TripStatus.ASSIGNED, by, at, "ASSIGNED", "vehicle " + vehicleCode);
		}
		else {
			steps.add(new TripStep(at, by, status, status, "ASSIGNED", "vehicle " + vehicleCode));
		}
	}

	/** The driver sets off to the patient's door. */
	void setOff(String by, Instant at, String note) {
		step(TripStatus.EN_ROUTE, by, at, note);
	}

	/** The patient is in the vehicle; refused while the trip waits to be re-routed to an open hospital. */
	void pickUp(String by, Instant at, String note) {
		if (rerouteReason != null && status.canBecome(TripStatus.PICKED_UP)) {
			throw new ConflictException("trip " + id + " must be re-routed before the pick-up: " + rerouteReason,
					"problem.medical.rerouteFirst", String.valueOf(id), rerouteReason);
		}
		step(TripStatus.PICKED_UP, by, at, note);
	}

	/** The patient reached the hospital; from now on it is responsible (首诊负责制). */
	void arriveAtHospital(String by, Instant at, String note) {
		step(TripStatus.AT_HOSPITAL, by, at, note);
	}

	/** The hospital hands the patient back for the return leg. */
	void handBack(String by, Instant at, String note) {
		step(TripStatus.RETURNING, by, at, note);
	}

	/** The patient is home again: the loop is closed. */
	void bringHome(String by, Instant at, String note) {
		step(TripStatus.HOME, by, at, note);
	}

	/** The hospital admits the patient: the loop is closed there. */
	void admit(String by, Instant at, String note) {
		step(TripStatus.ADMITTED, by, at, note);
	}

	/** The trip is called off before the pick-up. */
	void cancel(String by, Instant at, String note) {
		step(TripStatus.CANCELLED, by, at, note);
	}

	/** Takes the step a button or an API call names (driver, hospital desk, dispatcher). */
	public void advance(TripStatus to, String by, Instant at, String note) {
		switch (to) {
			case EN_ROUTE -> setOff(by, at, note);
			case PICKED_UP -> pickUp(by, at, note);
			case AT_HOSPITAL -> arriveAtHospital(by, at, note);
			case RETURNING -> handBack(by, at, note);
			case HOME -> bringHome(by, at, note);
			case ADMITTED -> admit(by, at, note);
			case CANCELLED -> cancel(by, at, note);
			case ASSIGNED -> throw new ConflictException(
					"trip " + id + " is " + status + " and cannot go to ASSIGNED: give it a vehicle",
					"problem.medical.assignByVehicle", String.valueOf(id), status);
			case REQUESTED -> step(TripStatus.REQUESTED, by, at, note);
		}
	}

	private void step(TripStatus to, String by, Instant at, String note) {
		TripStatus from = status;
		move(to, by, at, to.name(), note);
		register(new TripAdvanced(id, from, to, streetId, districtId));
	}

	private void move(TripStatus to, String by, Instant at, String action, String note) {
		if (!status.canBecome(to)) {
			throw new ConflictException("trip " + id + " cannot go from " + status + " to " + to,
					"problem.medical.tripStep", String.valueOf(id), status, to);
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

	public TripStatus status() {
		return status;
	}

	public String hospitalCode() {
		return hospitalCode;
	}

	Instant closedAt() {
		return closedAt;
	}

	List<TripStep> newSteps() {
		return List.copyOf(steps);
	}
}
