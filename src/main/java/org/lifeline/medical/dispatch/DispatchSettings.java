package org.lifeline.medical.dispatch;

import java.time.Duration;

/**
 * The planner's assumptions and budget: how long boarding takes at the pick-up (escort in protective gear, the
 * patient brought down) and the handover at the hospital, how long the solver may search at most, and how long it
 * may go on without finding a better plan.
 */
public record DispatchSettings(Duration boarding, Duration handover, Duration timeLimit, Duration unimprovedLimit) {

	/** Ten minutes to board and ten to hand over; at most 6 s of search, stopping after 2 s without progress. */
	public static final DispatchSettings DEFAULTS = new DispatchSettings(Duration.ofMinutes(10), Duration.ofMinutes(10),
			Duration.ofSeconds(6), Duration.ofSeconds(2));

	public DispatchSettings {
		if (boarding.isNegative() || handover.isNegative()) {
			throw new IllegalArgumentException("boarding and handover cannot take negative time");
		}
		if (timeLimit.isNegative() || timeLimit.isZero() || unimprovedLimit.isNegative() || unimprovedLimit.isZero()) {
			throw new IllegalArgumentException("the search needs a positive time limit");
		}
	}

	public DispatchSettings withSearch(Duration limit, Duration unimproved) {
		return new DispatchSettings(boarding, handover, limit, unimproved);
	}
}
