package org.lifeline.isolation.allocation;

/** Great-circle distance between two positions; an unknown position (NaN) counts as no distance. */
final class Distance {

	private static final double EARTH_KM = 6371.0;

	private Distance() {
	}

	static double km(double lat1, double lon1, double lat2, double lon2) {
		if (Double.isNaN(lat1) || Double.isNaN(lon1) || Double.isNaN(lat2) || Double.isNaN(lon2)) {
			return 0;
		}
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
