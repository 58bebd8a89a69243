package org.lifeline.sanitation;

import java.time.Instant;

/**
 * A key point of a building as pages and the API show it: the zone's rounds a day for its kind, its last round and
 * when the next is due; overdue when that time has passed (never overdue when the zone schedules none).
 */
public record PointView(long id, PointKind kind, String buildingCode, String buildingName, String compoundCode,
		int timesPerDay, Instant lastDoneAt, String lastAgent, String lastDoneBy, Instant nextDue, boolean overdue) {
}
