package org.lifeline.medical.dispatch;

import org.lifeline.shared.GreatCircle;

/** A place on the map in WGS-84 degrees: a compound's gate, a hospital, where a vehicle stands. */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
			throw new IllegalArgumentException("not a place on the map: " + lat + ", " + lon);
		}
	}

	/** The great-circle distance in kilometres (haversine formula). */
	public double kilometresTo(GeoPoint other) {
		return GreatCircle.kilometres(lat, lon, other.lat, other.lon);
	}
}
