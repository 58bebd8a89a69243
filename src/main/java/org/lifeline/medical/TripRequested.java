package org.lifeline.medical;

/** A trip was requested and waits for a vehicle; the dispatch planner takes it into its next plan. */
public record TripRequested(long tripId, Need need, long streetId, long districtId) {
}
