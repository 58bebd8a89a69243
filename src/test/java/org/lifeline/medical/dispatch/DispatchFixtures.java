package org.lifeline.medical.dispatch;

import java.time.Duration;
import java.time.Instant;

import org.lifeline.medical.VehicleType;

/**
 * Small hand-checkable dispatch problems. Travel on a grid: one minute per 0.001° of latitude plus longitude, so
 * a pick-up 0.010° north of a vehicle is ten minutes away. Boarding and handover take five minutes each.
 */
final class DispatchFixtures {

	static final Instant NOW = Instant.parse("2022-04-04T00:00:00Z");

	static final TravelTimes GRID = (from, to) -> Duration
		.ofMinutes(Math.round((Math.abs(from.lat() - to.lat()) + Math.abs(from.lon() - to.lon())) * 1000));

	static final DispatchSettings SETTINGS = new DispatchSettings(Duration.ofMinutes(5), Duration.ofMinutes(5),
			Duration.ofSeconds(2), Duration.ofMillis(300));

	/** The origin of the grid. */
	static final GeoPoint BASE = new GeoPoint(31.200, 121.400);

	private DispatchFixtures() {
	}

	/** A point the given minutes north and east of the base. */
	static GeoPoint at(int minutesNorth, int minutesEast) {
		return new GeoPoint(BASE.lat() + minutesNorth / 1000.0, BASE.lon() + minutesEast / 1000.0);
	}

	static Instant minutes(long minutes) {
		return NOW.plus(Duration.ofMinutes(minutes));
	}

	static VehicleToPlan vehicle(long id, VehicleType type, int seats, GeoPoint position) {
		return new VehicleToPlan(id, type, seats, position, NOW, minutes(8 * 60));
	}

	static TripToPlan trip(long id, GeoPoint pickup, GeoPoint hospital, int priority, long readyMinutes) {
		return new TripToPlan(id, pickup, hospital, PatientCarriage.SEATED, 2, priority, minutes(readyMinutes), null);
	}
}
