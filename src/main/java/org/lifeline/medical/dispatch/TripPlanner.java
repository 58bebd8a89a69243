package org.lifeline.medical.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Plans open trips onto vehicles on shift. The search starts from a cheapest-insertion plan (or the greedy plan,
 * when that one is better); Timefold's construction heuristic places whatever is still unplanned, then local
 * search moves and swaps trips between and within vehicles to cut the priority-weighted wait further, within the
 * time budget of the settings. Pure: no database and no clock of its own; the caller says what now is. Safe to
 * share between threads.
 */
public final class TripPlanner {

	private final SolverFactory<DispatchSolution> solverFactory;

	private final TravelTimes travel;

	private final DispatchSettings settings;

	public TripPlanner(TravelTimes travel, DispatchSettings settings) {
		this.travel = travel;
		this.settings = settings;
		this.solverFactory = SolverFactory.create(solverConfig(settings));
	}

	static SolverConfig solverConfig(DispatchSettings settings) {
		return new SolverConfig().withSolutionClass(DispatchSolution.class)
			.withEntityClasses(PlannedVehicle.class, PlannedTrip.class)
			.withConstraintProviderClass(DispatchConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig())
			.withTerminationConfig(new TerminationConfig().withSpentLimit(settings.timeLimit())
				.withUnimprovedSpentLimit(settings.unimprovedLimit()));
	}

	/** The optimised plan and, for comparison, the greedy plan of the same trips and vehicles. */
	public DispatchProposal propose(List<TripToPlan> trips, List<VehicleToPlan> vehicles, Instant now) {
		long start = System.nanoTime();
		DispatchModel model = DispatchModel.of(trips, vehicles, now, travel, settings);
		List<List<PlannedTrip>> greedy = GreedyDispatch.sequences(model);
		DispatchPlan greedyPlan = model.planFrom(greedy);
		List<List<PlannedTrip>> insertion = CheapestInsertion.sequences(model);
		DispatchPlan insertionPlan = model.planFrom(insertion);
		boolean greedyFirst = BETTER.compare(greedyPlan, insertionPlan) < 0;
		DispatchPlan startPlan = greedyFirst ? greedyPlan : insertionPlan;
		DispatchPlan plan = model.planFrom(solve(model, greedyFirst ? greedy : insertion));
		if (BETTER.compare(plan, startPlan) > 0) {
			plan = startPlan;
		}
		return new DispatchProposal(plan, greedyPlan, startPlan, Duration.ofNanos(System.nanoTime() - start));
	}

	/** Only the greedy nearest-vehicle plan. */
	public DispatchPlan greedy(List<TripToPlan> trips, List<VehicleToPlan> vehicles, Instant now) {
		DispatchModel model = DispatchModel.of(trips, vehicles, now, travel, settings);
		return model.planFrom(GreedyDispatch.sequences(model));
	}

	/**
	 * A street with a handful of trips needs no two seconds of fruitless search: 20 ms per trip, at least 200 ms,
	 * at most the configured limit.
	 */
	private Duration unimprovedLimit(int trips) {
		Duration scaled = Duration.ofMillis(Math.max(200, 20L * trips));
		return scaled.compareTo(settings.unimprovedLimit()) < 0 ? scaled : settings.unimprovedLimit();
	}

	/** Fewer trips left out first, then less weighted wait. */
	private static final Comparator<DispatchPlan> BETTER = Comparator
		.comparingInt((DispatchPlan p) -> p.unassigned().size())
		.thenComparingDouble(DispatchPlan::weightedWaitMinutes);

	private List<List<PlannedTrip>> solve(DispatchModel model, List<List<PlannedTrip>> start) {
		if (model.trips().isEmpty() || model.vehicles().isEmpty()) {
			return model.vehicles().stream().map(v -> List.<PlannedTrip>of()).toList();
		}
		model.vehicles().forEach(v -> {
			v.getTrips().clear();
			v.getTrips().addAll(start.get(v.index()));
		});
		Solver<DispatchSolution> solver = solverFactory.buildSolver(new SolverConfigOverride<DispatchSolution>()
			.withTerminationConfig(new TerminationConfig().withSpentLimit(settings.timeLimit())
				.withUnimprovedSpentLimit(unimprovedLimit(model.trips().size()))));
		return solver.solve(new DispatchSolution(model.vehicles(), model.trips())).sequences();
	}
}
