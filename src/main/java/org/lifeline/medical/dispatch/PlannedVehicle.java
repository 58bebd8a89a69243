package org.lifeline.medical.dispatch;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * A vehicle in the solver's working plan: the trips it serves, in order. Times are seconds from the moment of
 * planning; the vehicle is free at {@code available} where it stands.
 */
@PlanningEntity
class PlannedVehicle {

	@PlanningId
	private Long id;

	private VehicleToPlan vehicle;

	private int index;

	private long available;

	private long shiftEnd;

	@PlanningListVariable(allowsUnassignedValues = true)
	private List<PlannedTrip> trips = new ArrayList<>();

	PlannedVehicle() {
	}

	PlannedVehicle(VehicleToPlan vehicle, int index, long available, long shiftEnd) {
		this.id = vehicle.id();
		this.vehicle = vehicle;
		this.index = index;
		this.available = available;
		this.shiftEnd = shiftEnd;
	}

	Long getId() {
		return id;
	}

	VehicleToPlan vehicle() {
		return vehicle;
	}

	int index() {
		return index;
	}

	long available() {
		return available;
	}

	long shiftEnd() {
		return shiftEnd;
	}

	List<PlannedTrip> getTrips() {
		return trips;
	}

	@Override
	public String toString() {
		return "vehicle " + id;
	}
}
