package org.lifeline.medical.dispatch;

/** A trip leg waiting for a vehicle, as the planner takes it from the trips: the leg, its trip and direction. */
record OpenLeg(long legId, long tripId, String direction, TripToPlan toPlan) {
}
