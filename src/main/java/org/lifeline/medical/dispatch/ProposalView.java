package org.lifeline.medical.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * A proposed assignment as the API and the page show it: per vehicle its trip legs in order with planned
 * departure, pick-up and delivery, the legs left out with the reason, the priority-weighted wait of the plan next to
 * the greedy nearest-vehicle plan, whether trips changed since planning, and after applying what each assignment
 * answered.
 */
public record ProposalView(long id, Instant plannedAt, String plannedBy, long planningMillis,
		double weightedWaitMinutes, double greedyWeightedWaitMinutes, double improvementPercent, Instant staleAt,
		String staleReason, Instant appliedAt, String appliedBy, List<Route> routes, List<LeftOut> unassigned) {

	public boolean applicable() {
		return appliedAt == null && staleAt == null;
	}

	/** Every trip the plan places or leaves out. */
	public java.util.Set<Long> tripIds() {
		java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
		routes.forEach(r -> r.trips().forEach(s -> ids.add(s.tripId())));
		unassigned.forEach(u -> ids.add(u.tripId()));
		return ids;
	}

	/** One vehicle and its legs in the order it drives them. */
	public record Route(long vehicleId, String vehicleCode, String plate, String type, List<Stop> trips) {
	}

	/**
	 * A leg on a route with its wait, and the wait the greedy nearest-vehicle plan would give it (null when greedy
	 * leaves it out); outcome is ASSIGNED or REFUSED once the proposal was applied.
	 */
	public record Stop(long tripId, long legId, String direction, int priority, Instant departure, Instant pickUp,
			Instant delivered, long waitMinutes, Long greedyWaitMinutes, String outcome, String outcomeDetail) {
	}

	/** A leg the plan leaves out, and why; with its wait under the greedy plan (null when greedy leaves it out). */
	public record LeftOut(long tripId, long legId, String direction, int priority, UnassignedReason reason,
			Long greedyWaitMinutes) {
	}
}
