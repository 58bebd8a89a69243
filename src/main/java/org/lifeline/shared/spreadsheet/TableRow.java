package org.lifeline.shared.spreadsheet;

import java.util.List;

/**
 * One row of a tabular file: its 1-based line number as the clerk sees it in the file (the spreadsheet row or the
 * CSV line) and its cells as text, trimmed, never null.
 */
public record TableRow(long line, List<String> cells) {

	public TableRow {
		cells = cells.stream().map(c -> c == null ? "" : c.strip()).toList();
	}

	/** The cell in the 0-based column, or an empty string past the end of the row. */
	public String cell(int column) {
		return column >= 0 && column < cells.size() ? cells.get(column) : "";
	}

	public boolean isBlank() {
		return cells.stream().allMatch(String::isEmpty);
	}
}
