package org.lifeline.medical.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A proposed assignment: per vehicle its trips in order with planned pick-up and delivery, the trips left out with
 * the reason, and the total priority-weighted wait (priority × minutes past each earliest pick-up).
 */
public record DispatchPlan(Instant plannedAt, List<VehicleRoute> routes, List<UnassignedTrip> unassigned) {

	public DispatchPlan {
		routes = List.copyOf(routes);
		unassigned = List.copyOf(unassigned);
	}

	/** Sum over planned trips of priority × waiting minutes. */
	public double weightedWaitMinutes() {
		return routes.stream().flatMap(r -> r.stops().stream()).mapToDouble(ScheduledTrip::weightedWaitMinutes).sum();
	}

	public int plannedTrips() {
		return routes.stream().mapToInt(r -> r.stops().size()).sum();
	}

	/** One vehicle's trips in the order it serves them. */
	public record VehicleRoute(long vehicleId, List<ScheduledTrip> stops) {

		public VehicleRoute {
			stops = List.copyOf(stops);
		}
	}

	/**
	 * A trip on a route: when the vehicle sets off for the door, when it is there, and when the patient is handed
	 * over at the destination; the vehicle is taken from departure to delivery.
	 */
	public record ScheduledTrip(long tripId, int priority, Instant departure, Instant pickUp, Instant delivered,
			Duration waiting) {

		public double weightedWaitMinutes() {
			return priority * waiting.toSeconds() / 60.0;
		}
	}

	/** A trip the plan leaves out, and why. */
	public record UnassignedTrip(long tripId, UnassignedReason reason) {
	}
}
