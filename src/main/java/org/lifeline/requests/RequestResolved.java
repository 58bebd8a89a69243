package org.lifeline.requests;

/** A request's work was done; the resident is asked to confirm. */
public record RequestResolved(long requestId, RequestCategory category, Long householdId) {
}
