package org.lifeline.isolation.allocation;

import org.lifeline.shared.GreatCircle;

/** Great-circle distance between two positions; an unknown position (NaN) counts as no distance. */
final class Distance {

	private Distance() {
	}

	static double km(double lat1, double lon1, double lat2, double lon2) {
		if (Double.isNaN(lat1) || Double.isNaN(lon1) || Double.isNaN(lat2) || Double.isNaN(lon2)) {
			return 0;
		}
		return GreatCircle.kilometres(lat1, lon1, lat2, lon2);
	}
}
