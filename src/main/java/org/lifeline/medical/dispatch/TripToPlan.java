package org.lifeline.medical.dispatch;

import java.time.Instant;

/**
 * One open trip leg as the planner sees it: where the patient is picked up and taken (a hospital, or home on a return leg), how the patient travels,
 * the seats for patient, companion and escort, the priority weight of the patient's wait, the earliest moment the
 * patient can be picked up, and the vehicle a dispatcher pinned it to (null when free to plan).
 */
public record TripToPlan(long id, GeoPoint pickup, GeoPoint destination, PatientCarriage carriage, int seats,
		int priority, Instant earliestPickUp, Long pinnedVehicleId) {

	public TripToPlan {
		if (seats < 1) {
			throw new IllegalArgumentException("trip " + id + " needs at least the patient's seat");
		}
		if (priority < 1) {
			throw new IllegalArgumentException("trip " + id + " needs a priority weight of at least 1");
		}
	}

	/** Whether the vehicle can take this trip: the right type for the patient and seats for everybody. */
	public boolean fits(VehicleToPlan vehicle) {
		return carriage.carriedBy(vehicle.type()) && seats <= vehicle.seats();
	}

	public boolean pinned() {
		return pinnedVehicleId != null;
	}
}
