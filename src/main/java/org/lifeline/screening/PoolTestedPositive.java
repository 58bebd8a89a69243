package org.lifeline.screening;

import java.time.Instant;
import java.util.List;

/**
 * A pooled tube was reported positive: every member now awaits a single-tube recheck at home, with their
 * household told to stay in.
 */
public record PoolTestedPositive(long tubeId, String tubeCode, Long roundId, List<Long> residentIds,
		Instant reportedAt) {

	public PoolTestedPositive {
		residentIds = List.copyOf(residentIds);
	}
}
