package org.lifeline.shared.spreadsheet;

/** Receives the rows of a tabular file in order: the header first, then each data row. Blank rows are skipped. */
public interface TableVisitor {

	void header(TableRow header);

	void row(TableRow row);
}
