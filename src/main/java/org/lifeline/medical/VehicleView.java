package org.lifeline.medical;

import java.time.Instant;
import java.util.List;

/**
 * A vehicle of a street or district fleet: type and seats, status, where it was last, its shifts today and the
 * legs it owes.
 */
public record VehicleView(long id, String code, String plate, VehicleType type, int seats, String status,
		String streetCode, Double lat, Double lon, Instant positionAt, List<ShiftView> shifts, int openLegs) {

	/** One shift of a vehicle with its driver. */
	public record ShiftView(long id, Long driverId, String driverName, Instant startsAt, Instant endsAt) {
	}
}
