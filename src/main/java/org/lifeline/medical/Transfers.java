package org.lifeline.medical;

import java.time.Clock;
import java.time.Instant;

import org.lifeline.medical.trips.Trip;
import org.lifeline.medical.trips.TripLegs;
import org.lifeline.medical.trips.TripRepository;
import org.lifeline.medical.trips.TripWindow;
import org.lifeline.medical.trips.VehicleBookings;
import org.lifeline.medical.trips.VehicleRef;
import org.lifeline.requests.RequestWork;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed-loop transfers: a trip is requested for a resident to an open hospital, its legs are given to vehicles
 * (never two overlapping legs on one vehicle), and it steps through its loop until the patient is home or
 * admitted. Each use case runs in one transaction.
 */
@Service
public class Transfers {

	private final TripRepository trips;

	private final TripOrders orders;

	private final VehicleBookings bookings;

	private final TripLegs legs;

	private final RequestWork requestWork;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Transfers(TripRepository trips, TripOrders orders, VehicleBookings bookings, TripLegs legs, RequestWork requestWork,
			ApplicationEventPublisher events, Clock clock) {
		this.trips = trips;
		this.orders = orders;
		this.bookings = bookings;
		this.legs = legs;
		this.requestWork = requestWork;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Requests a trip for a resident the scope holds, to an open hospital; the patient is picked up at their
	 * building (or compound). Unknown resident or hospital: 400; a closed hospital: 409.
	 */
	@Transactional
	public TripView requestTrip(TripOrder order, TerritoryScope scope, String actor) {
		return orders.requestTrip(order, scope, actor);
	}

	/**
	 * Requests a closed loop to a named site that is not a hospital (an exam site) and back, for a resident the
	 * scope holds; it is dispatched and driven like any transfer. Missing site, times in the wrong order: 400.
	 */
	@Transactional
	public TripView requestSiteTrip(SiteTripOrder order, TerritoryScope scope, String actor) {
		return orders.requestSiteTrip(order, scope, actor);
	}

	/** Gives the trip's current leg to a vehicle, with a window planned from the trip. */
	@Transactional
	public TripView assign(long tripId, Long vehicleId, TripAccess access, String actor) {
		return assign(tripId, vehicleId, null, false, access, actor);
	}

	/**
	 * Gives the trip's current leg (outbound until the patient is at the hospital, then the return) to a vehicle
	 * for a planned window (planned from the trip when null). Locks the vehicle, so that of two dispatchers giving
	 * it overlapping legs one wins and the other gets a 409 naming the clash.
	 */
	@Transactional
	public TripView assign(long tripId, Long vehicleId, TripWindow window, boolean pinned, TripAccess access,
			String actor) {
		VehicleBookings.requireVehicle(vehicleId);
		Trip trip = trips.lock(tripId, access).orElseThrow(() -> new NotFoundException("trip", tripId));
		TripView view = trips.view(tripId, TripAccess.everything()).orElseThrow();
		LegView leg = TripLegs.toAssign(view);
		VehicleRef vehicle = bookings.lockVehicle(vehicleId, access)
			.orElseThrow(() -> new InvalidInputException("vehicleId", "vehicle " + vehicleId + " not found",
					"problem.medical.unknownVehicle", String.valueOf(vehicleId)));
		VehicleBookings.checkFits(vehicle, view);
		TripWindow planned = window != null ? window : TripLegs.plannedWindow(view, leg);
		if (!bookings.onShift(vehicle.id(), planned.start())) {
			throw new ConflictException("vehicle " + vehicle.code() + " has no driver on shift at " + planned.start(),
					"problem.medical.noDriverOnShift", vehicle.code(), planned.start());
		}
		bookings.clash(vehicle.id(), planned, leg.id()).ifPresent(other -> {
			throw new ConflictException("vehicle " + vehicle.code() + " is already booked for trip " + other
					+ " in that time (" + planned.start() + " – " + planned.end() + ")", "problem.medical.vehicleBooked",
					vehicle.code(), String.valueOf(other), planned.start(), planned.end());
		});
		Instant now = clock.instant();
		bookings.book(leg.id(), vehicle.id(), planned, pinned, actor, now);
		if (leg.direction() == LegDirection.OUTBOUND) {
			trip.assigned(vehicle.code(), actor, now);
		}
		else {
			trips.addSteps(tripId, java.util.List.of(new TripStep(now, actor, trip.status(), trip.status(),
					"ASSIGNED", "return leg: vehicle " + vehicle.code())));
		}
		trips.save(trip, now);
		return trips.view(tripId, TripAccess.everything()).orElseThrow();
	}

	/** Takes one step of the loop; an impossible step is a 409 naming from and to. */
	@Transactional
	public TripView advance(long tripId, TripStatus to, TripAccess access, String actor) {
		return advance(tripId, to, null, access, actor);
	}

	@Transactional
	public TripView advance(long tripId, TripStatus to, String note, TripAccess access, String actor) {
		if (to == null) {
			throw new InvalidInputException("to", "to must be one of " + java.util.Arrays.toString(TripStatus.values()),
					"problem.medical.tripStatus", java.util.Arrays.toString(TripStatus.values()));
		}
		Trip trip = trips.lock(tripId, access).orElseThrow(() -> new NotFoundException("trip", tripId));
		TripView before = trips.view(tripId, TripAccess.everything()).orElseThrow();
		if (to == TripStatus.HOME && before.status().canBecome(to) && before.inbound().vehicleId() == null) {
			throw new ConflictException("trip " + tripId + " has no vehicle on its return leg: give the return leg a "
					+ "vehicle before bringing the patient home", "problem.medical.noReturnVehicle", String.valueOf(tripId));
		}
		Instant now = clock.instant();
		trip.advance(to, actor, now, note);
		trips.save(trip, now);
		legs.follow(tripId, to, now, actor);
		trip.publishEvents(events);
		if (to.closesLoop() && before.requestId() != null) {
			requestWork.answeredElsewhere(before.requestId(), "TRIP_" + to.name(), loopClosed(before, to), true, actor);
		}
		return trips.view(tripId, TripAccess.everything()).orElseThrow();
	}

	/** What the request's timeline and resolution say when its trip closes the loop, in both languages. */
	private static String loopClosed(TripView trip, TripStatus to) {
		return to == TripStatus.HOME
				? "转运 #" + trip.id() + "：已从" + trip.hospitalName() + "送回家 / trip #" + trip.id() + ": home from "
						+ trip.hospitalName()
				: "转运 #" + trip.id() + "：已在" + trip.hospitalName() + "收治 / trip #" + trip.id() + ": admitted at "
						+ trip.hospitalName();
	}

	/** Sends a trip that has not picked up its patient to another open hospital, clearing a re-route flag. */
	@Transactional
	public TripView reroute(long tripId, String hospitalCode, TripAccess access, String actor) {
		Trip trip = trips.lock(tripId, access).orElseThrow(() -> new NotFoundException("trip", tripId));
		if (trip.hospitalCode() == null) {
			throw new ConflictException("trip " + tripId + " goes to a named site, not a hospital, and is not re-routed",
					"problem.medical.siteNotRerouted", String.valueOf(tripId));
		}
		if (!TripStatus.BEFORE_PICK_UP.contains(trip.status())) {
			throw new ConflictException("trip " + tripId + " is " + trip.status() + " and can no longer be re-routed",
					"problem.medical.tooLateToReroute", String.valueOf(tripId), trip.status());
		}
		HospitalView hospital = orders.openHospital(hospitalCode);
		TripOrders.requireCare(hospital, trips.view(tripId, TripAccess.everything()).orElseThrow().need());
		Instant now = clock.instant();
		trips.reroute(tripId, hospital.code(), now);
		trips.addSteps(tripId, java.util.List.of(new TripStep(now, actor, trip.status(), trip.status(), "REROUTED",
				trip.hospitalCode() + " → " + hospital.code() + " " + hospital.name())));
		return trips.view(tripId, TripAccess.everything()).orElseThrow();
	}
}
