package org.lifeline.medical.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.medical.dispatch.DispatchFixtures.BASE;
import static org.lifeline.medical.dispatch.DispatchFixtures.GRID;
import static org.lifeline.medical.dispatch.DispatchFixtures.NOW;
import static org.lifeline.medical.dispatch.DispatchFixtures.SETTINGS;
import static org.lifeline.medical.dispatch.DispatchFixtures.at;
import static org.lifeline.medical.dispatch.DispatchFixtures.minutes;
import static org.lifeline.medical.dispatch.DispatchFixtures.trip;
import static org.lifeline.medical.dispatch.DispatchFixtures.vehicle;

import java.util.List;

import org.lifeline.medical.VehicleType;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import org.junit.jupiter.api.Test;

/** The score of hand-made plans: each rule's penalty, computed by the solver's own constraints. */
class DispatchConstraintsTests {

	private static final SolutionManager<DispatchSolution, HardMediumSoftLongScore> SCORES = SolutionManager
		.create(SolverFactory.create(TripPlanner.solverConfig(SETTINGS)));

	private final VehicleToPlan sedan = vehicle(1, VehicleType.SEDAN, 4, BASE);

	private final VehicleToPlan van = vehicle(2, VehicleType.WHEELCHAIR_VAN, 4, at(0, -30));

	@Test
	void waitingCostsPriorityTimesSecondsPastTheEarliestPickUp() {
		// at the doors at 10 and 50 minutes: 3 × 600 s + 1 × 3000 s
		HardMediumSoftLongScore score = score(List.of(trip(1, at(10, 0), at(10, 20), 3, 0),
				trip(2, at(0, 20), at(0, 0), 1, 0)), List.of(sedan), new long[][] { { 1, 2 } });
		assertThat(score).isEqualTo(HardMediumSoftLongScore.of(0, 0, -(3 * 600 + 3000)));
	}

	@Test
	void aWheelchairInASedanBreaksAHardRule() {
		TripToPlan wheelchair = new TripToPlan(1, at(10, 0), at(10, 20), PatientCarriage.WHEELCHAIR, 2, 1, NOW, null);
		assertThat(score(List.of(wheelchair), List.of(sedan, van), new long[][] { { 1 }, {} }).hardScore()).isEqualTo(-1);
		assertThat(score(List.of(wheelchair), List.of(sedan, van), new long[][] { {}, { 1 } }).hardScore()).isZero();
	}

	@Test
	void aDeliveryAfterTheShiftEndCostsTheSecondsOver() {
		// delivered at 40 minutes, the shift ends at 35
		VehicleToPlan ending = new VehicleToPlan(1, VehicleType.SEDAN, 4, BASE, NOW, minutes(35));
		assertThat(score(List.of(trip(1, at(10, 0), at(10, 20), 1, 0)), List.of(ending), new long[][] { { 1 } })
			.hardScore()).isEqualTo(-300);
	}

	@Test
	void aPinnedTripOffItsVehicleBreaksAHardRuleAndAnUnplannedOneCostsItsPriority() {
		TripToPlan pinned = new TripToPlan(1, at(10, 0), at(10, 20), PatientCarriage.SEATED, 2, 2, NOW, 2L);
		assertThat(score(List.of(pinned), List.of(sedan, van), new long[][] { { 1 }, {} }).hardScore()).isEqualTo(-3600);
		assertThat(score(List.of(pinned), List.of(sedan, van), new long[][] { {}, { 1 } }).hardScore()).isZero();
		HardMediumSoftLongScore unplanned = score(List.of(pinned, trip(2, at(0, 20), at(0, 0), 3, 0)),
				List.of(sedan, van), new long[][] { {}, {} });
		assertThat(unplanned).isEqualTo(HardMediumSoftLongScore.of(-3600, -5, 0));
	}

	/** Puts the trips (by id) on the vehicles in the given order and asks the solver for the score. */
	private static HardMediumSoftLongScore score(List<TripToPlan> trips, List<VehicleToPlan> vehicles, long[][] routes) {
		DispatchModel model = DispatchModel.of(trips, vehicles, NOW, GRID, SETTINGS);
		for (int v = 0; v < routes.length; v++) {
			for (long id : routes[v]) {
				model.vehicles().get(v).getTrips()
					.add(model.trips().stream().filter(t -> t.getId() == id).findFirst().orElseThrow());
			}
		}
		return SCORES.update(new DispatchSolution(model.vehicles(), model.trips()));
	}
}
