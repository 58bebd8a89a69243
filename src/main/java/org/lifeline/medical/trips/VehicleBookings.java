package org.lifeline.medical.trips;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.lifeline.medical.LegDirection;
import org.lifeline.medical.PatientNeeds;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripView;
import org.lifeline.medical.VehicleType;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Gives legs to vehicles so that no vehicle ever holds two overlapping assigned legs: the vehicle row is locked,
 * the planned windows are checked, and the database's exclusion constraint refuses whatever slips past.
 */
@Repository
public class VehicleBookings {

	private final JdbcClient jdbc;

	VehicleBookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Locks the vehicle row for the rest of the transaction; empty when unknown or outside the caller's fleet. */
	public Optional<VehicleRef> lockVehicle(long vehicleId, TripAccess access) {
		return jdbc.sql("select id, code, type, seats, status from vehicle v where v.id = ? and "
				+ access.vehicleCondition("v") + " for update")
			.param(vehicleId)
			.query((rs, n) -> new VehicleRef(rs.getLong(1), rs.getString(2), VehicleType.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getString(5)))
			.optional();
	}

	/** Whether the vehicle has a driver on shift when the window starts. */
	public boolean onShift(long vehicleId, Instant at) {
		return jdbc.sql("select count(*) from vehicle_shift where vehicle_id = ? and starts_at <= ? and ends_at > ?")
			.params(vehicleId, Timestamp.from(at), Timestamp.from(at))
			.query(Long.class)
			.single() > 0;
	}

	/** The trip whose assigned leg on this vehicle overlaps the window, other than the given leg. */
	public Optional<Long> clash(long vehicleId, TripWindow window, long legId) {
		return jdbc.sql("""
				select trip_id from trip_leg where vehicle_id = ? and status = 'ASSIGNED' and id <> ?
				and planned_start < ? and planned_end > ? order by planned_start limit 1""")
			.params(vehicleId, legId, Timestamp.from(window.end()), Timestamp.from(window.start()))
			.query(Long.class)
			.optional();
	}

	public void book(long legId, long vehicleId, TripWindow window, boolean pinned, String by, Instant at) {
		try {
			jdbc.sql("""
					update trip_leg set status = 'ASSIGNED', vehicle_id = ?, planned_start = ?, planned_end = ?,
					    pinned = ?, assigned_by = ?, assigned_at = ? where id = ?""")
				.params(vehicleId, Timestamp.from(window.start()), Timestamp.from(window.end()), pinned, by,
						Timestamp.from(at), legId)
				.update();
		}
		catch (DataIntegrityViolationException e) {
			throw new ConflictException("vehicle " + vehicleId + " already has a trip between " + window.start()
					+ " and " + window.end(), "problem.medical.vehicleBusy", String.valueOf(vehicleId), window.start(),
					window.end());
		}
	}

	void release(long legId) {
		jdbc.sql("update trip_leg set status = 'OPEN', vehicle_id = null, planned_start = null, planned_end = null, "
				+ "pinned = false, assigned_by = null, assigned_at = null where id = ? and status = 'ASSIGNED'")
			.param(legId)
			.update();
	}

	void finish(long tripId, LegDirection direction, String status) {
		jdbc.sql("update trip_leg set status = ? where trip_id = ? and direction = ? and status in ('OPEN', 'ASSIGNED')")
			.params(status, tripId, direction.name())
			.update();
	}

	void ready(long tripId, LegDirection direction, Instant at) {
		jdbc.sql("update trip_leg set ready_at = ? where trip_id = ? and direction = ?")
			.params(Timestamp.from(at), tripId, direction.name())
			.update();
	}

	public static void checkFits(VehicleRef vehicle, TripView trip) {
		if ("OUT_OF_SERVICE".equals(vehicle.status())) {
			throw new ConflictException("vehicle " + vehicle.code() + " is out of service", "problem.medical.outOfService",
					vehicle.code());
		}
		if (!trip.needs().fitIn(vehicle.type())) {
			throw new ConflictException("vehicle " + vehicle.code() + " is a " + vehicle.type()
					+ " and cannot carry a patient who needs " + describe(trip.needs()), "problem.medical.vehicleUnfit",
					vehicle.code(), vehicle.type(), describe(trip.needs()));
		}
		int seats = trip.needs().seats(trip.escort() != null);
		if (vehicle.seats() < seats) {
			throw new ConflictException("vehicle " + vehicle.code() + " has " + vehicle.seats() + " seats; the trip needs " + seats,
					"problem.medical.tooFewSeats", vehicle.code(), String.valueOf(vehicle.seats()), String.valueOf(seats));
		}
	}

	public static void requireVehicle(Long vehicleId) {
		if (vehicleId == null) {
			throw InvalidInputException.required("vehicleId");
		}
	}

	private static String describe(PatientNeeds needs) {
		return needs.stretcher() ? "a stretcher" : needs.oxygen() ? "oxygen" : "a wheelchair";
	}
}
