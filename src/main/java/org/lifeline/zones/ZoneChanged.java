package org.lifeline.zones;

import java.time.Instant;

/** A compound moved from one zone to another. */
public record ZoneChanged(long compoundId, String compoundCode, Zone from, Zone to, String reason, String changedBy,
		Instant at) {
}
