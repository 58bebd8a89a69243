package org.lifeline.dashboard;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A node's dashboard: its latest figures (as of their time), the day before them for the arrows, vulnerable
 * residents by tag, open and overdue requests by category, free beds by kind, and the figures of its children.
 */
public record Dashboard(@JsonUnwrapped NodeFigures figures, NodeFigures previousDay, Map<String, Long> vulnerableByTag,
		List<CategoryCount> requestsByCategory, List<BedKindCount> bedsByKind, List<NodeFigures> children) {

	public record CategoryCount(String category, long open, long overdue) {
	}

	public record BedKindCount(String bedKind, long capacity, long free) {
	}
}
