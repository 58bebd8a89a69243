package org.lifeline.shared.spreadsheet;

import java.util.Comparator;
import java.util.List;

/**
 * What an import found: how many rows were accepted and every rejected row with the line and column of the
 * problem and a reason a clerk can act on. An import with any rejection saves nothing.
 */
public record ImportReport(long accepted, List<Rejection> rejected) {

	public ImportReport {
		rejected = rejected.stream()
			.sorted(Comparator.comparingLong(Rejection::line).thenComparing(Rejection::column))
			.toList();
	}

	/** Whether every row was accepted, so the import may be saved. */
	public boolean allAccepted() {
		return rejected.isEmpty();
	}

	/** One problem: the 1-based line in the file, the column as the file names it, and why. */
	public record Rejection(long line, String column, String reason) {
	}
}
