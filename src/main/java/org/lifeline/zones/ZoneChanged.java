package org.lifeline.zones;

import java.time.Instant;

/** A compound moved from one zone to another; its committee is told (notifications). */
public record ZoneChanged(long compoundId, String compoundCode, Long committeeId, Zone from, Zone to, String reason,
		String changedBy, Instant at) {
}
