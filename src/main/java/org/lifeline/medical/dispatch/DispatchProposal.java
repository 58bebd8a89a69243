package org.lifeline.medical.dispatch;

import java.time.Duration;

/**
 * What a planning run hands the dispatcher: the optimised plan, the greedy nearest-vehicle plan of the same trips
 * for comparison, the plan the search started from, and how long planning took.
 */
public record DispatchProposal(DispatchPlan plan, DispatchPlan greedy, DispatchPlan start, Duration planningTime) {

	/** How much less priority-weighted wait the plan has than greedy, in percent (0 when greedy waits nothing). */
	public double improvementPercent() {
		double baseline = greedy.weightedWaitMinutes();
		return baseline == 0 ? 0 : 100 * (baseline - plan.weightedWaitMinutes()) / baseline;
	}
}
