package org.lifeline.zones;

import java.time.Instant;
import java.util.List;

/** A compound's current zone, since when and why, with the history of changes (newest first). */
public record CompoundZone(String compoundCode, String compoundName, Zone zone, Instant since, String reason,
		String changedBy, List<Change> history) {

	public record Change(Zone from, Zone to, String reason, String changedBy, Instant at) {
	}
}
