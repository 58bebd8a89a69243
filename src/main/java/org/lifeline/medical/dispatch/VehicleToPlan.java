package org.lifeline.medical.dispatch;

import java.time.Instant;

import org.lifeline.medical.VehicleType;

/**
 * A vehicle on shift as the planner sees it: type and seats, where it will be free (after its current trip, or at
 * its base), from when, and when its shift ends. Every trip it takes must be delivered before the shift ends.
 */
public record VehicleToPlan(long id, VehicleType type, int seats, GeoPoint position, Instant availableFrom,
		Instant shiftEnd) {

	public VehicleToPlan {
		if (!shiftEnd.isAfter(availableFrom)) {
			throw new IllegalArgumentException("vehicle " + id + " ends its shift before it is available");
		}
	}
}
