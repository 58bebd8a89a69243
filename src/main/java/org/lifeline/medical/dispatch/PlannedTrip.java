package org.lifeline.medical.dispatch;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.CascadingUpdateShadowVariable;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;

/**
 * A trip in the solver's working plan. Its vehicle and the trip before it on that vehicle decide when the patient is
 * picked up: when the vehicle can be at the door (after its previous delivery and the drive over), but never before
 * the patient's earliest pick-up. Times are seconds from the moment of planning.
 */
@PlanningEntity
class PlannedTrip {

	@PlanningId
	private Long id;

	private TripToPlan trip;

	private TripTimes times;

	@InverseRelationShadowVariable(sourceVariableName = "trips")
	private PlannedVehicle vehicle;

	@PreviousElementShadowVariable(sourceVariableName = "trips")
	private PlannedTrip previous;

	@NextElementShadowVariable(sourceVariableName = "trips")
	private PlannedTrip next;

	@CascadingUpdateShadowVariable(targetMethodName = "updatePickUp")
	private Long pickUp;

	PlannedTrip() {
	}

	PlannedTrip(TripToPlan trip, TripTimes times) {
		this.id = trip.id();
		this.trip = trip;
		this.times = times;
	}

	/** Called by the solver for a moved trip and the trips after it on the same vehicle. */
	void updatePickUp() {
		if (vehicle == null) {
			pickUp = null;
		}
		else if (previous == null) {
			pickUp = times.pickUpAfterStart(vehicle);
		}
		else {
			pickUp = previous.pickUp == null ? null : times.pickUpAfter(previous.times, previous.pickUp);
		}
	}

	Long getId() {
		return id;
	}

	TripToPlan trip() {
		return trip;
	}

	TripTimes times() {
		return times;
	}

	PlannedVehicle getVehicle() {
		return vehicle;
	}

	PlannedTrip getPrevious() {
		return previous;
	}

	Long getPickUp() {
		return pickUp;
	}

	int priority() {
		return trip.priority();
	}

	/** Seconds the patient waits beyond the earliest pick-up; 0 while unplanned. */
	long waitSeconds() {
		return pickUp == null ? 0 : pickUp - times.earliest();
	}

	long weightedWait() {
		return priority() * waitSeconds();
	}

	/** Seconds the delivery at the hospital runs past the vehicle's shift end; 0 when in time or unplanned. */
	long overtimeSeconds() {
		return vehicle == null || pickUp == null ? 0 : Math.max(0, times.delivered(pickUp) - vehicle.shiftEnd());
	}

	boolean fitsItsVehicle() {
		return vehicle == null || trip.fits(vehicle.vehicle());
	}

	/** Whether a pinned trip is off the vehicle the dispatcher gave it (or not planned at all). */
	boolean offItsPin() {
		return trip.pinned() && (vehicle == null || !trip.pinnedVehicleId().equals(vehicle.getId()));
	}

	@Override
	public String toString() {
		return "trip " + id;
	}
}
