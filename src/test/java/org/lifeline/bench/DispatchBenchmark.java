package org.lifeline.bench;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.demo.DemoCity;
import org.lifeline.demo.DemoScale;
import org.lifeline.medical.dispatch.DispatchPlan;
import org.lifeline.medical.dispatch.DispatchProposal;
import org.lifeline.medical.dispatch.DispatchSettings;
import org.lifeline.medical.dispatch.PlanCheck;
import org.lifeline.medical.dispatch.StraightLineTravelTimes;
import org.lifeline.medical.dispatch.TravelTimes;
import org.lifeline.medical.dispatch.TripPlanner;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans {@code --trips} (default 500) open trips onto {@code --vehicles} (default 40) vehicles of the first demo
 * district ({@link DispatchScenario}; the demo city of {@code --scale}, default small, is generated when the
 * database is empty) and compares the plan with the greedy nearest-vehicle plan of the same run: planning time,
 * priority-weighted wait, trips left out and hard-rule violations found by an independent check.
 */
class DispatchBenchmark implements Benchmark {

	private static final String NAME = "dispatch";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		DemoCity city = context.bean(DemoCity.class);
		long seed = Long.parseLong(context.option("seed", String.valueOf(DemoCity.DEFAULT_SEED)));
		if (!city.exists()) {
			city.generate(DemoScale.parse(context.option("scale", "small")), seed);
		}
		int runs = Integer.parseInt(context.option("runs", "1"));
		DispatchScenario scenario = DispatchScenario.of(context.bean(JdbcClient.class),
				Integer.parseInt(context.option("trips", "500")), Integer.parseInt(context.option("vehicles", "40")), seed);
		TravelTimes travel = new StraightLineTravelTimes(1.4, 25);
		DispatchSettings settings = DispatchSettings.DEFAULTS;
		TripPlanner planner = new TripPlanner(travel, settings);
		PlanCheck check = new PlanCheck(travel, settings);
		List<BenchmarkResult> results = new ArrayList<>();
		results.add(BenchmarkResult.info(NAME, "trips, vehicles, district, seed", String.format("%d, %d, %s, %d",
				scenario.trips().size(), scenario.vehicles().size(), scenario.district(), seed)));
		for (int run = 1; run <= runs; run++) {
			DispatchProposal proposal = planner.propose(scenario.trips(), scenario.vehicles(), scenario.now());
			results.addAll(report(runs == 1 ? "" : " (run " + run + ")", proposal,
					check.violations(proposal.plan(), scenario.trips(), scenario.vehicles()).size(),
					check.violations(proposal.greedy(), scenario.trips(), scenario.vehicles()).size()));
		}
		return results;
	}

	private static List<BenchmarkResult> report(String run, DispatchProposal proposal, int planViolations,
			int greedyViolations) {
		DispatchPlan plan = proposal.plan();
		DispatchPlan greedy = proposal.greedy();
		double seconds = proposal.planningTime().toMillis() / 1000.0;
		double improvement = proposal.improvementPercent();
		return List.of(
				new BenchmarkResult(NAME, "planning time" + run, String.format("%.1f s", seconds), "≤ 10 s", seconds <= 10),
				BenchmarkResult.info(NAME, "weighted wait, greedy (priority × min)" + run, minutes(greedy.weightedWaitMinutes())),
				BenchmarkResult.info(NAME, "weighted wait, search start (priority × min)" + run,
						minutes(proposal.start().weightedWaitMinutes())),
				BenchmarkResult.info(NAME, "weighted wait, plan (priority × min)" + run, minutes(plan.weightedWaitMinutes())),
				new BenchmarkResult(NAME, "less weighted wait than greedy" + run, String.format("%.1f%%", improvement),
						"≥ 20%", improvement >= 20),
				BenchmarkResult.info(NAME, "mean wait per trip, greedy / plan" + run, String.format("%.1f / %.1f min",
						meanWait(greedy), meanWait(plan))),
				BenchmarkResult.info(NAME, "unassigned trips, greedy / plan" + run,
						greedy.unassigned().size() + " / " + plan.unassigned().size()),
				new BenchmarkResult(NAME, "hard-rule violations, greedy / plan" + run,
						greedyViolations + " / " + planViolations, "0", planViolations == 0 && greedyViolations == 0));
	}

	private static double meanWait(DispatchPlan plan) {
		return plan.routes().stream().flatMap(r -> r.stops().stream())
			.mapToLong(s -> s.waiting().toSeconds()).average().orElse(0) / 60;
	}

	private static String minutes(double minutes) {
		return String.format("%,.0f", minutes);
	}
}
