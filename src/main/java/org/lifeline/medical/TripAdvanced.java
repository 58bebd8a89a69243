package org.lifeline.medical;

/** A trip took a step of its loop (picked up, at hospital, home, cancelled …); the planner re-plans on it. */
public record TripAdvanced(long tripId, TripStatus from, TripStatus to, long streetId, long districtId) {
}
