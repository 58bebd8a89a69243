package org.lifeline.zones;

import java.time.Instant;
import java.util.List;

/**
 * The compounds that moved to another zone in one recomputation of every unit (the daily tick, a rule-set switch),
 * announced together; each change reads as its own {@link ZoneChanged}.
 */
public record ZoneChanges(List<ZoneChanged> changes, Instant at) {

	public ZoneChanges {
		changes = List.copyOf(changes);
	}
}
