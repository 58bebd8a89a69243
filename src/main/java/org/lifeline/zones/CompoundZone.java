package org.lifeline.zones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A zone unit's current zone (a compound, or a building that is a unit of its own), since when and why, its day
 * 0 (the date of its last positive), the day it reaches precaution if no new positive arrives, the rule set it
 * was computed by, what the computation says while a district override holds, and the history of changes (newest
 * first). Reasons are in the reader's language.
 */
public record CompoundZone(String compoundCode, String compoundName, Zone zone, Instant since, String reason,
		String changedBy, LocalDate dayZero, LocalDate expectedRelease, String ruleSet, Zone computedZone,
		Override override, List<Change> history) {

	public record Change(Zone from, Zone to, String reason, String changedBy, Instant at) {
	}

	/** A district's override: the zone it holds the unit in, why, until which day (inclusive), by whom. */
	public record Override(Zone zone, String reason, LocalDate until, String by, Instant at) {
	}
}
