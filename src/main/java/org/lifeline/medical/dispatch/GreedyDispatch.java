package org.lifeline.medical.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline a dispatcher would follow by hand: take the trips by earliest pick-up (then the higher priority
 * first) and give each to the fitting vehicle that can be at the door soonest, if it can still deliver before its
 * shift ends. A pinned trip goes to its own vehicle.
 */
final class GreedyDispatch {

	private GreedyDispatch() {
	}

	/** The trips on each vehicle, by vehicle index. */
	static List<List<PlannedTrip>> sequences(DispatchModel model) {
		List<PlannedVehicle> vehicles = model.vehicles();
		List<List<PlannedTrip>> sequences = new ArrayList<>();
		long[] lastPickUp = new long[vehicles.size()];
		vehicles.forEach(v -> sequences.add(new ArrayList<>()));
		List<PlannedTrip> order = new ArrayList<>(model.trips());
		order.sort(Comparator.comparingLong((PlannedTrip t) -> t.times().earliest())
			.thenComparing(Comparator.comparingInt(PlannedTrip::priority).reversed())
			.thenComparing(PlannedTrip::getId));
		for (PlannedTrip trip : order) {
			PlannedVehicle best = null;
			long bestPickUp = Long.MAX_VALUE;
			for (PlannedVehicle vehicle : vehicles) {
				if (!allowed(trip, vehicle)) {
					continue;
				}
				List<PlannedTrip> route = sequences.get(vehicle.index());
				long pickUp = route.isEmpty() ? trip.times().pickUpAfterStart(vehicle)
						: trip.times().pickUpAfter(route.get(route.size() - 1).times(), lastPickUp[vehicle.index()]);
				if (pickUp < bestPickUp && trip.times().delivered(pickUp) <= vehicle.shiftEnd()) {
					best = vehicle;
					bestPickUp = pickUp;
				}
			}
			if (best != null) {
				sequences.get(best.index()).add(trip);
				lastPickUp[best.index()] = bestPickUp;
			}
		}
		return sequences;
	}

	private static boolean allowed(PlannedTrip trip, PlannedVehicle vehicle) {
		TripToPlan t = trip.trip();
		return t.fits(vehicle.vehicle()) && (!t.pinned() || t.pinnedVehicleId().equals(vehicle.getId()));
	}
}
