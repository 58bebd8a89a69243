package org.lifeline.residents;

import java.util.Map;

/**
 * How many households and residents a part of the territory holds, how many of them carry a vulnerability tag,
 * and how many carry each tag.
 */
public record ResidentCounts(long households, long residents, long vulnerableResidents,
		Map<VulnerabilityTag, Long> vulnerable) {

	public ResidentCounts {
		vulnerable = Map.copyOf(vulnerable);
	}

	/** Residents with the tag (0 when none). */
	public long vulnerable(VulnerabilityTag tag) {
		return vulnerable.getOrDefault(tag, 0L);
	}
}
