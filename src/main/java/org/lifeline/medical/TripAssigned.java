package org.lifeline.medical;

/** A leg of a trip was given to a vehicle by a dispatcher or the planner. */
public record TripAssigned(long tripId, LegDirection leg, long vehicleId, String by) {
}
