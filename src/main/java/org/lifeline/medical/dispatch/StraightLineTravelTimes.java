package org.lifeline.medical.dispatch;

import java.time.Duration;

/**
 * Travel time from coordinates alone: the great-circle distance stretched by a detour factor (streets are not
 * straight) at an average urban speed. Good enough to compare vehicles; a road network is better.
 */
public final class StraightLineTravelTimes implements TravelTimes {

	private final double detourFactor;

	private final double kilometresPerHour;

	public StraightLineTravelTimes(double detourFactor, double kilometresPerHour) {
		if (!(detourFactor >= 1)) {
			throw new IllegalArgumentException("the detour factor must be at least 1, not " + detourFactor);
		}
		if (!(kilometresPerHour > 0)) {
			throw new IllegalArgumentException("the average speed must be positive, not " + kilometresPerHour);
		}
		this.detourFactor = detourFactor;
		this.kilometresPerHour = kilometresPerHour;
	}

	@Override
	public Duration between(GeoPoint from, GeoPoint to) {
		double hours = from.kilometresTo(to) * detourFactor / kilometresPerHour;
		return Duration.ofSeconds(Math.round(hours * 3600));
	}
}
