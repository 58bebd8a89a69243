package org.lifeline.medical.filing;

import org.lifeline.medical.Need;
import org.lifeline.medical.routing.CareMode;
import org.lifeline.medical.routing.HospitalRef;

/**
 * The answer to a medical request: how it is routed and why, the request it made in the queue, and the trip
 * when a transfer was ordered.
 */
public record MedicalRequestView(long id, Need need, boolean critical, CareMode mode, HospitalRef destination,
		String explanation, long requestId, Long tripId) {
}
