package org.lifeline.medical.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.medical.dispatch.DispatchPlan.ScheduledTrip;
import org.lifeline.medical.dispatch.DispatchPlan.VehicleRoute;

/**
 * Checks a plan against the hard rules from the original trips and vehicles alone, independent of how it was
 * made: every trip planned or left out exactly once, the vehicle fits, pinned trips on their vehicle, no pick-up
 * before the patient is ready or before the vehicle can be there (so no two trips of one vehicle overlap), and
 * every delivery before the shift ends. Answers one line per broken rule.
 */
public final class PlanCheck {

	private final TravelTimes travel;

	private final DispatchSettings settings;

	public PlanCheck(TravelTimes travel, DispatchSettings settings) {
		this.travel = travel;
		this.settings = settings;
	}

	public List<String> violations(DispatchPlan plan, List<TripToPlan> trips, List<VehicleToPlan> vehicles) {
		Map<Long, TripToPlan> tripsById = trips.stream().collect(Collectors.toMap(TripToPlan::id, Function.identity()));
		Map<Long, VehicleToPlan> vehiclesById = vehicles.stream()
			.collect(Collectors.toMap(VehicleToPlan::id, Function.identity(), (a, b) -> a));
		List<String> violations = new ArrayList<>();
		Map<Long, Integer> seen = new HashMap<>();
		plan.unassigned().forEach(u -> seen.merge(u.tripId(), 1, Integer::sum));
		Set<Long> routed = new HashSet<>();
		for (VehicleRoute route : plan.routes()) {
			VehicleToPlan vehicle = vehiclesById.get(route.vehicleId());
			if (vehicle == null || !routed.add(route.vehicleId())) {
				violations.add("route for unknown or repeated vehicle " + route.vehicleId());
				continue;
			}
			route.stops().forEach(s -> seen.merge(s.tripId(), 1, Integer::sum));
			checkRoute(plan.plannedAt(), vehicle, route, tripsById, violations);
		}
		tripsById.keySet().stream().filter(id -> seen.getOrDefault(id, 0) != 1)
			.forEach(id -> violations.add("trip " + id + " appears " + seen.getOrDefault(id, 0) + " times"));
		seen.keySet().stream().filter(id -> !tripsById.containsKey(id))
			.forEach(id -> violations.add("unknown trip " + id));
		return violations;
	}

	private void checkRoute(Instant now, VehicleToPlan vehicle, VehicleRoute route, Map<Long, TripToPlan> trips,
			List<String> violations) {
		Instant free = now.isAfter(vehicle.availableFrom()) ? now : vehicle.availableFrom();
		GeoPoint at = vehicle.position();
		for (ScheduledTrip stop : route.stops()) {
			TripToPlan trip = trips.get(stop.tripId());
			if (trip == null) {
				continue;
			}
			String where = "trip " + trip.id() + " on vehicle " + vehicle.id();
			if (!trip.fits(vehicle)) {
				violations.add(where + ": the vehicle cannot carry the patient or lacks seats");
			}
			if (trip.pinned() && !trip.pinnedVehicleId().equals(vehicle.id())) {
				violations.add(where + ": pinned to vehicle " + trip.pinnedVehicleId());
			}
			Instant reachable = free.plus(travel.between(at, trip.pickup()));
			if (stop.departure().isBefore(free)) {
				violations.add(where + ": sets off before the vehicle is free");
			}
			if (stop.pickUp().isBefore(trip.earliestPickUp()) || stop.pickUp().isBefore(reachable)) {
				violations.add(where + ": picked up before the patient is ready or the vehicle can be there");
			}
			Duration ride = settings.boarding().plus(travel.between(trip.pickup(), trip.destination())).plus(settings.handover());
			Instant delivered = stop.pickUp().plus(ride);
			if (stop.delivered().isBefore(delivered)) {
				violations.add(where + ": delivered sooner than the ride takes");
			}
			if (stop.delivered().isAfter(vehicle.shiftEnd())) {
				violations.add(where + ": delivered after the shift ends");
			}
			free = stop.delivered();
			at = trip.destination();
		}
	}
}
