package org.lifeline.shared.spreadsheet;

import java.util.Comparator;
import java.util.List;

/**
 * What an import found: how many rows were accepted and the rejected rows with the line and column of the
 * problem and a reason a clerk can act on. An import with any rejection saves nothing. Only the first
 * {@value #LISTED} rejections (by line) are listed; {@code rejectedTotal} counts them all.
 */
public record ImportReport(long accepted, List<Rejection> rejected, long rejectedTotal) {

	/** How many rejections a report lists at most; a file with more has a problem a clerk fixes in bulk. */
	public static final int LISTED = 1_000;

	public ImportReport {
		rejectedTotal = Math.max(rejectedTotal, rejected.size());
		rejected = rejected.stream()
			.sorted(Comparator.comparingLong(Rejection::line).thenComparing(Rejection::column))
			.limit(LISTED)
			.toList();
	}

	public ImportReport(long accepted, List<Rejection> rejected) {
		this(accepted, rejected, rejected.size());
	}

	/** Whether every row was accepted, so the import may be saved. */
	public boolean allAccepted() {
		return rejectedTotal == 0;
	}

	/** How many rejections are counted but not listed. */
	public long rejectedNotListed() {
		return rejectedTotal - rejected.size();
	}

	/** One problem: the 1-based line in the file, the column as the file names it, and why. */
	public record Rejection(long line, String column, String reason) {
	}
}
