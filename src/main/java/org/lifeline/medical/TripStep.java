package org.lifeline.medical;

import java.time.Instant;

/** One step in a trip's timeline: when, who, from which status to which, and what was done. */
public record TripStep(Instant at, String actor, TripStatus from, TripStatus to, String action, String note) {
}
