package org.lifeline.residents;

import org.lifeline.shared.spreadsheet.ImportReport.Rejection;

/**
 * One thing wrong with one field of a resident record, in words a committee clerk understands: the English reason,
 * and the message key (with the values it names) that says it in the reader's language.
 */
public record FieldProblem(String field, String reason, String key, Object... arguments) {

	/** A problem said in English only (an import report's row reason, say). */
	public FieldProblem(String field, String reason) {
		this(field, reason, null);
	}

	/** This problem as an import report's rejection of a line, under the column as the file names it. */
	public Rejection at(long line, String column) {
		return Rejection.said(line, column, reason, key, arguments);
	}
}
