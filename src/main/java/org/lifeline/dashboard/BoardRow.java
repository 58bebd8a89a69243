package org.lifeline.dashboard;

import java.util.List;

/** A node on a task-force board: its figures, the board's measures read from them, and whether one misses its target. */
public record BoardRow(NodeFigures figures, List<Number> values, boolean misses) {

	static BoardRow of(TaskForce force, NodeFigures figures) {
		List<Number> values = force.measures().stream().map(m -> (Number) round(m.of(figures))).toList();
		return new BoardRow(figures, values, force.misses(figures));
	}

	private static Number round(double value) {
		return value == Math.rint(value) ? (Number) (long) value : (Number) (Math.round(value * 10) / 10.0);
	}
}
