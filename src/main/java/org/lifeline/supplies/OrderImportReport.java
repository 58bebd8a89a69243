package org.lifeline.supplies;

import java.util.List;

import org.lifeline.shared.spreadsheet.ImportReport;

/**
 * What an import of a group-buy export found: rows read, rows matched to a household (orders placed), rows whose
 * address matched no household (kept for a clerk to fix), rows already imported before (unchanged), and rejected
 * rows with line, column and reason. With any rejection nothing is saved.
 */
public record OrderImportReport(boolean dryRun, long rows, long matched, long unmatched, long unchanged,
		List<ImportReport.Rejection> rejected) {

	public boolean allAccepted() {
		return rejected.isEmpty();
	}
}
