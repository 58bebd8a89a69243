package org.lifeline.medical.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifeline.medical.dispatch.DispatchPlan.ScheduledTrip;
import org.lifeline.medical.dispatch.DispatchPlan.UnassignedTrip;
import org.lifeline.medical.dispatch.DispatchPlan.VehicleRoute;

/**
 * The trips and vehicles of one planning run, with every travel time asked once up front. Trips that no vehicle can
 * take (wrong type or seats everywhere, or pinned to a vehicle that cannot take them) are set aside with the reason
 * before the search starts.
 */
final class DispatchModel {

	private final Instant now;

	private final List<PlannedVehicle> vehicles = new ArrayList<>();

	private final List<PlannedTrip> trips = new ArrayList<>();

	private final List<UnassignedTrip> setAside = new ArrayList<>();

	private DispatchModel(Instant now) {
		this.now = now;
	}

	static DispatchModel of(List<TripToPlan> trips, List<VehicleToPlan> vehicles, Instant now, TravelTimes travel,
			DispatchSettings settings) {
		DispatchModel model = new DispatchModel(now);
		Map<Long, PlannedVehicle> byId = new LinkedHashMap<>();
		for (VehicleToPlan vehicle : vehicles) {
			long shiftEnd = model.secondsDown(vehicle.shiftEnd());
			if (shiftEnd > 0 && !byId.containsKey(vehicle.id())) {
				PlannedVehicle planned = new PlannedVehicle(vehicle, model.vehicles.size(),
						Math.max(0, model.seconds(vehicle.availableFrom())), shiftEnd);
				model.vehicles.add(planned);
				byId.put(vehicle.id(), planned);
			}
		}
		Map<GeoPoint, Integer> hospitals = new LinkedHashMap<>();
		trips.forEach(t -> hospitals.putIfAbsent(t.destination(), hospitals.size()));
		List<GeoPoint> hospitalPoints = List.copyOf(hospitals.keySet());
		Set<Long> seen = new HashSet<>();
		for (TripToPlan trip : trips) {
			if (!seen.add(trip.id())) {
				throw new IllegalArgumentException("trip " + trip.id() + " is listed twice");
			}
			UnassignedReason refusal = model.refusal(trip, byId);
			if (refusal != null) {
				model.setAside.add(new UnassignedTrip(trip.id(), refusal));
				continue;
			}
			long[] fromHospital = hospitalPoints.stream().mapToLong(h -> seconds(travel.between(h, trip.pickup()))).toArray();
			long[] fromVehicle = model.vehicles.stream()
				.mapToLong(v -> seconds(travel.between(v.vehicle().position(), trip.pickup())))
				.toArray();
			long ride = seconds(settings.boarding().plus(travel.between(trip.pickup(), trip.destination()))
				.plus(settings.handover()));
			model.trips.add(new PlannedTrip(trip, new TripTimes(model.seconds(trip.earliestPickUp()), ride,
					hospitals.get(trip.destination()), fromHospital, fromVehicle)));
		}
		return model;
	}

	private UnassignedReason refusal(TripToPlan trip, Map<Long, PlannedVehicle> byId) {
		if (trip.pinned()) {
			PlannedVehicle pinned = byId.get(trip.pinnedVehicleId());
			return pinned != null && trip.fits(pinned.vehicle()) ? null : UnassignedReason.PINNED_VEHICLE_UNAVAILABLE;
		}
		return vehicles.stream().anyMatch(v -> trip.fits(v.vehicle())) ? null : UnassignedReason.NO_FITTING_VEHICLE;
	}

	List<PlannedVehicle> vehicles() {
		return vehicles;
	}

	List<PlannedTrip> trips() {
		return trips;
	}

	Instant now() {
		return now;
	}

	/**
	 * Reads a plan from the trips on each vehicle (by vehicle index), timing every route afresh. A trip its vehicle
	 * cannot carry or cannot deliver before the shift ends is left out, so a proposal never breaks a hard rule.
	 */
	DispatchPlan planFrom(List<List<PlannedTrip>> sequences) {
		List<VehicleRoute> routes = new ArrayList<>();
		List<UnassignedTrip> unassigned = new ArrayList<>(setAside);
		Set<Long> planned = new HashSet<>();
		for (PlannedVehicle vehicle : vehicles) {
			List<ScheduledTrip> stops = new ArrayList<>();
			TripTimes last = null;
			long lastPickUp = 0;
			for (PlannedTrip trip : sequences.get(vehicle.index())) {
				TripTimes times = trip.times();
				long pickUp = last == null ? times.pickUpAfterStart(vehicle) : times.pickUpAfter(last, lastPickUp);
				if (!trip.trip().fits(vehicle.vehicle()) || times.delivered(pickUp) > vehicle.shiftEnd()
						|| trip.trip().pinned() && !trip.trip().pinnedVehicleId().equals(vehicle.getId())) {
					continue;
				}
				long approach = last == null ? times.approachFromStart(vehicle) : times.approachAfter(last);
				stops.add(new ScheduledTrip(trip.getId(), trip.priority(), now.plusSeconds(pickUp - approach),
						now.plusSeconds(pickUp),
						now.plusSeconds(times.delivered(pickUp)), Duration.ofSeconds(pickUp - times.earliest())));
				planned.add(trip.getId());
				last = times;
				lastPickUp = pickUp;
			}
			routes.add(new VehicleRoute(vehicle.getId(), stops));
		}
		trips.stream()
			.filter(t -> !planned.contains(t.getId()))
			.forEach(t -> unassigned.add(new UnassignedTrip(t.getId(), t.trip().pinned()
					? UnassignedReason.PINNED_VEHICLE_UNAVAILABLE : UnassignedReason.NO_TIME_BEFORE_SHIFT_END)));
		return new DispatchPlan(now, routes, unassigned);
	}

	/** Whole seconds from now, rounded up: a vehicle is never planned before it is free, nor a patient early. */
	private long seconds(Instant instant) {
		Duration duration = Duration.between(now, instant);
		return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
	}

	/** Whole seconds from now, rounded down: a shift never seems to end later than it does. */
	private long secondsDown(Instant instant) {
		return Duration.between(now, instant).getSeconds();
	}

	/** Whole seconds of a drive or stop, rounded up. */
	private static long seconds(Duration duration) {
		return duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
	}
}
