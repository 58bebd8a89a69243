package org.lifeline.dashboard;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The task forces (专班) of a street or district, each with the figures its board shows against their targets and
 * the page of its own queue. Targets: no positive waiting over 24 hours and no clear-daily backlog; no request
 * overdue; coverage of the latest screening at least 99%; no delivery pending and no trip waiting for a vehicle at
 * the end of the day; no check-in missed.
 */
public enum TaskForce {

	ISOLATION("/cases", List.of(
			new Measure("backlogOver24h", f -> f.cases().backlogOver24h(), 0, false),
			new Measure("clearDailyBacklog", f -> f.cases().clearDailyBacklog(), 0, false),
			new Measure("awaitingTransfer", f -> f.cases().awaitingTransfer(), null, false),
			new Measure("inTransfer", f -> f.cases().inTransfer(), null, false))),
	SUPPLIES("/government-packages", List.of(
			new Measure("deliveriesPending", NodeFigures::deliveriesPending, 0, false))),
	REQUESTS("/requests", List.of(
			new Measure("overdueRequests", f -> f.requests().overdue(), 0, false),
			new Measure("openRequests", f -> f.requests().open(), null, false))),
	MEDICAL("/fleet", List.of(
			new Measure("tripsOpen", f -> f.trips().open(), null, false),
			new Measure("tripsUnderWay", f -> f.trips().underWay(), null, false))),
	SCREENING("/screening", List.of(
			new Measure("coverage", f -> f.screening().coverage() == null ? 100 : f.screening().coverage(), 99.0, true))),
	CARE("/care", List.of(new Measure("checkInsMissed", NodeFigures::checkInsMissed, 0, false)));

	private final String queue;

	private final List<Measure> measures;

	TaskForce(String queue, List<Measure> measures) {
		this.queue = queue;
		this.measures = measures;
	}

	public String queue() {
		return queue;
	}

	public List<Measure> measures() {
		return measures;
	}

	public String slug() {
		return name().toLowerCase();
	}

	/** True when some measure with a target misses it. */
	public boolean misses(NodeFigures figures) {
		return measures.stream().anyMatch(m -> m.misses(figures));
	}

	/**
	 * One figure of a board: its message key ({@code dashboard.measure.<key>}), how it is read from the figures,
	 * its target (none for a figure shown for information) and whether higher is better.
	 */
	public record Measure(String key, ToDoubleFunction<NodeFigures> value, Number target, boolean higherIsBetter) {

		public double of(NodeFigures figures) {
			return value.applyAsDouble(figures);
		}

		public boolean misses(NodeFigures figures) {
			if (target == null) {
				return false;
			}
			double v = of(figures);
			return higherIsBetter ? v < target.doubleValue() : v > target.doubleValue();
		}
	}
}
