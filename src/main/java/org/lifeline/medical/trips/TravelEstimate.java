package org.lifeline.medical.trips;

import java.time.Duration;

/**
 * A first guess of driving time between two points for planning windows by hand: straight-line distance times a
 * detour factor at city speed, plus a few minutes for getting the patient in and out.
 */
public final class TravelEstimate {

	static final double DETOUR = 1.4;

	static final double KM_PER_HOUR = 25;

	static final Duration HANDLING = Duration.ofMinutes(10);

	private TravelEstimate() {
	}

	public static Duration between(double lat1, double lon1, double lat2, double lon2) {
		double km = kilometres(lat1, lon1, lat2, lon2) * DETOUR;
		return Duration.ofSeconds(Math.round(km / KM_PER_HOUR * 3600)).plus(HANDLING);
	}

	static double kilometres(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
	}
}
