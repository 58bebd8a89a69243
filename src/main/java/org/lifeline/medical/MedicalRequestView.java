package org.lifeline.medical;

/**
 * The answer to a medical request: how it is routed and why, the request it made in the queue, and the trip
 * when a transfer was ordered.
 */
public record MedicalRequestView(long id, Need need, boolean critical, CareMode mode, HospitalRef destination,
		String explanation, long requestId, Long tripId) {
}
