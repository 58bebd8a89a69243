package org.lifeline.medical.dispatch;

import java.time.Duration;

/**
 * How long a vehicle needs to drive from one place to another. The planner asks only through this interface, so a
 * road-network engine (with live traffic or closed roads) can replace the straight-line estimate.
 */
public interface TravelTimes {

	Duration between(GeoPoint from, GeoPoint to);
}
