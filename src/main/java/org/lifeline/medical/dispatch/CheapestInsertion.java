package org.lifeline.medical.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first plan the search starts from: trips by earliest pick-up (then the higher priority first), each put on
 * the vehicle and at the place in its sequence where it adds the least priority-weighted wait to the whole route,
 * its own wait and the delay it causes the trips after it, as long as every delivery stays within the shift.
 * Unlike the greedy baseline it may put an urgent trip before trips already given to a vehicle.
 */
final class CheapestInsertion {

	private CheapestInsertion() {
	}

	/** The trips on each vehicle, by vehicle index; trips that fit nowhere are left out. */
	static List<List<PlannedTrip>> sequences(DispatchModel model) {
		List<Route> routes = model.vehicles().stream().map(Route::new).toList();
		List<PlannedTrip> order = new ArrayList<>(model.trips());
		order.sort(Comparator.comparingLong((PlannedTrip t) -> t.times().earliest())
			.thenComparing(Comparator.comparingInt(PlannedTrip::priority).reversed())
			.thenComparing(PlannedTrip::getId));
		for (PlannedTrip trip : order) {
			Route bestRoute = null;
			int bestPosition = -1;
			long bestCost = Long.MAX_VALUE;
			for (Route route : routes) {
				if (!route.allows(trip)) {
					continue;
				}
				for (int position = 0; position <= route.trips.size(); position++) {
					long cost = route.costWith(trip, position);
					if (cost < bestCost) {
						bestRoute = route;
						bestPosition = position;
						bestCost = cost;
					}
				}
			}
			if (bestRoute != null) {
				bestRoute.insert(trip, bestPosition);
			}
		}
		return routes.stream().map(r -> (List<PlannedTrip>) r.trips).toList();
	}

	/** One vehicle's sequence with its pick-up times and the weighted wait it adds up to. */
	private static final class Route {

		private final PlannedVehicle vehicle;

		private final List<PlannedTrip> trips = new ArrayList<>();

		private final List<Long> pickUps = new ArrayList<>();

		Route(PlannedVehicle vehicle) {
			this.vehicle = vehicle;
		}

		boolean allows(PlannedTrip trip) {
			TripToPlan t = trip.trip();
			return t.fits(vehicle.vehicle()) && (!t.pinned() || t.pinnedVehicleId().equals(vehicle.getId()));
		}

		/** The extra weighted wait of putting the trip at this place; MAX_VALUE when a delivery would miss the shift. */
		long costWith(PlannedTrip trip, int position) {
			long pickUp = pickUpAt(trip, position, position == 0 ? null : trips.get(position - 1),
					position == 0 ? 0 : pickUps.get(position - 1));
			if (trip.times().delivered(pickUp) > vehicle.shiftEnd()) {
				return Long.MAX_VALUE;
			}
			long added = trip.priority() * (pickUp - trip.times().earliest());
			PlannedTrip previous = trip;
			long previousPickUp = pickUp;
			for (int i = position; i < trips.size(); i++) {
				PlannedTrip later = trips.get(i);
				long moved = later.times().pickUpAfter(previous.times(), previousPickUp);
				if (moved == pickUps.get(i)) {
					break;
				}
				if (later.times().delivered(moved) > vehicle.shiftEnd()) {
					return Long.MAX_VALUE;
				}
				added += later.priority() * (moved - pickUps.get(i));
				previous = later;
				previousPickUp = moved;
			}
			return added;
		}

		void insert(PlannedTrip trip, int position) {
			trips.add(position, trip);
			pickUps.add(position, 0L);
			for (int i = position; i < trips.size(); i++) {
				pickUps.set(i, pickUpAt(trips.get(i), i, i == 0 ? null : trips.get(i - 1), i == 0 ? 0 : pickUps.get(i - 1)));
			}
		}

		private long pickUpAt(PlannedTrip trip, int position, PlannedTrip previous, long previousPickUp) {
			return position == 0 ? trip.times().pickUpAfterStart(vehicle)
					: trip.times().pickUpAfter(previous.times(), previousPickUp);
		}
	}
}
