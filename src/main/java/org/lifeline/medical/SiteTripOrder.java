package org.lifeline.medical;

import java.time.Instant;

/**
 * A closed loop to a named site and back (an exam student to the exam site): who goes, where, when they are ready
 * at home, when they are ready at the site to come back, the escort (may be null) and the request it answers.
 */
public record SiteTripOrder(long residentId, TripSite site, Instant readyAt, Instant returnReadyAt, String escort,
		Long requestId) {
}
