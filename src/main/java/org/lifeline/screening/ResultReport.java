package org.lifeline.screening;

import java.util.List;

/**
 * What a lab's batch did: results applied (new to a known tube), unchanged (already known, as when the same file
 * comes twice), the tube codes Lifeline does not know (kept on the unmatched list), and the rows that could not
 * be read (a batch with any is refused whole).
 */
public record ResultReport(long uploadId, int applied, int unchanged, List<String> unmatched, List<Rejection> rejected) {

	public ResultReport {
		unmatched = List.copyOf(unmatched);
		rejected = List.copyOf(rejected);
	}

	/** A row that could not be read: its line in the file (the entry of a FHIR bundle, the item of a JSON batch). */
	public record Rejection(long line, String reason) {
	}
}
