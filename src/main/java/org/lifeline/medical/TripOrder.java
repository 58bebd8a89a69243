package org.lifeline.medical;

import java.time.Instant;

/**
 * A trip to be made: which resident goes to which hospital, for what, when they are ready to be picked up, what
 * they need on the way, how urgent it is (1 lowest … 5 highest), who escorts them, and the request it answers
 * (may be null). The return leg is planned from the usual stay for the need unless {@code returnReadyAt} is given.
 */
public record TripOrder(long residentId, String hospitalCode, Need need, Instant readyAt, PatientNeeds needs,
		int priority, String escort, Long requestId, Instant returnReadyAt) {

	public TripOrder {
		needs = needs == null ? PatientNeeds.NONE : needs;
	}

	/** A plain order: no special needs, normal priority, no escort, no request. */
	public static TripOrder of(long residentId, String hospitalCode, Need need, Instant readyAt) {
		return new TripOrder(residentId, hospitalCode, need, readyAt, PatientNeeds.NONE, 2, null, null, null);
	}
}
