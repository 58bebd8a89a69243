package org.lifeline.medical.trips;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.lifeline.medical.LegDirection;
import org.lifeline.medical.LegStatus;
import org.lifeline.medical.LegView;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripStep;
import org.lifeline.medical.TripView;
import org.lifeline.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * What a step of the loop means for the legs: arriving finishes the outbound leg, the hand-back readies the
 * return (and gives it to the vehicle that came, when it is free), home finishes it, admission or cancelling
 * drops what is left, and going back to REQUESTED frees the vehicle.
 */
@Component
public class TripLegs {

	/** How long before the patient is ready a vehicle sets off, when a dispatcher plans by hand. */
	static final Duration LEAD = Duration.ofMinutes(20);

	private final TripRepository trips;

	private final VehicleBookings bookings;

	TripLegs(TripRepository trips, VehicleBookings bookings) {
		this.trips = trips;
		this.bookings = bookings;
	}

	public void follow(long tripId, TripStatus to, Instant now, String actor) {
		switch (to) {
			case REQUESTED -> bookings.release(view(tripId).outbound().id());
			case AT_HOSPITAL -> bookings.finish(tripId, LegDirection.OUTBOUND, "DONE");
			case RETURNING -> {
				bookings.ready(tripId, LegDirection.RETURN, now);
				returnWithSameVehicle(tripId, now, actor);
			}
			case HOME -> bookings.finish(tripId, LegDirection.RETURN, "DONE");
			case ADMITTED -> bookings.finish(tripId, LegDirection.RETURN, "CANCELLED");
			case CANCELLED -> {
				bookings.finish(tripId, LegDirection.OUTBOUND, "CANCELLED");
				bookings.finish(tripId, LegDirection.RETURN, "CANCELLED");
			}
			default -> {
			}
		}
	}

	/** The vehicle that brought the patient takes them home when it is free; else the return leg waits for one. */
	private void returnWithSameVehicle(long tripId, Instant now, String actor) {
		TripView trip = view(tripId);
		if (trip.inbound().status() != LegStatus.OPEN || trip.outbound().vehicleId() == null) {
			return;
		}
		long vehicleId = trip.outbound().vehicleId();
		VehicleRef vehicle = bookings.lockVehicle(vehicleId, TripAccess.everything()).orElseThrow();
		TripWindow window = plannedWindow(trip, trip.inbound());
		if (bookings.onShift(vehicleId, window.start()) && bookings.clash(vehicleId, window, trip.inbound().id()).isEmpty()) {
			bookings.book(trip.inbound().id(), vehicleId, window, false, actor, now);
			trips.addSteps(tripId, List.of(new TripStep(now, actor, TripStatus.RETURNING, TripStatus.RETURNING,
					"ASSIGNED", "return leg: vehicle " + vehicle.code())));
		}
	}

	private TripView view(long tripId) {
		return trips.view(tripId, TripAccess.everything()).orElseThrow();
	}

	/** The leg a dispatcher assigns now: the outbound until the patient is at the hospital, then the return. */
	public static LegView toAssign(TripView trip) {
		return switch (trip.status()) {
			case REQUESTED, ASSIGNED -> trip.outbound();
			case AT_HOSPITAL, RETURNING -> {
				if (trip.inbound().status() == LegStatus.DONE || trip.inbound().status() == LegStatus.CANCELLED) {
					throw new ConflictException("trip " + trip.id() + " has no leg left to assign",
							"problem.medical.noLegLeft", String.valueOf(trip.id()));
				}
				yield trip.inbound();
			}
			default -> throw new ConflictException("trip " + trip.id() + " is " + trip.status()
					+ " and its vehicle cannot be changed now", "problem.medical.vehicleFixed", String.valueOf(trip.id()),
					trip.status());
		};
	}

	/** From setting off (a lead before the patient is ready) to the drop-off, by the travel estimate. */
	public static TripWindow plannedWindow(TripView trip, LegView leg) {
		Duration drive = TravelEstimate.between(trip.pickupLat(), trip.pickupLon(), trip.hospitalLat(),
				trip.hospitalLon());
		Instant ready = leg.readyAt() != null ? leg.readyAt() : trip.readyAt();
		return new TripWindow(ready.minus(LEAD), ready.plus(drive));
	}
}
