package org.lifeline.medical.dispatch;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The solver's working plan: the vehicles with their trip lists, and every trip to place. */
@PlanningSolution
class DispatchSolution {

	@PlanningEntityCollectionProperty
	private List<PlannedVehicle> vehicles;

	@PlanningEntityCollectionProperty
	@ValueRangeProvider
	private List<PlannedTrip> trips;

	@PlanningScore
	private HardMediumSoftLongScore score;

	DispatchSolution() {
	}

	DispatchSolution(List<PlannedVehicle> vehicles, List<PlannedTrip> trips) {
		this.vehicles = vehicles;
		this.trips = trips;
	}

	List<PlannedVehicle> getVehicles() {
		return vehicles;
	}

	List<PlannedTrip> getTrips() {
		return trips;
	}

	HardMediumSoftLongScore getScore() {
		return score;
	}

	/** The trips on each vehicle, by vehicle index. */
	List<List<PlannedTrip>> sequences() {
		return vehicles.stream().map(v -> List.copyOf(v.getTrips())).toList();
	}
}
