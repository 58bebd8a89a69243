package org.lifeline.shared.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.shared.spreadsheet.ImportReport.Rejection;

/**
 * Where each known column sits in a file, found from its header row in any order. Missing required columns and
 * columns given twice are reported as rejections of the header line; other columns are ignored.
 */
public final class HeaderLayout {

	private final Map<ImportColumn, Integer> positions = new LinkedHashMap<>();

	private final Map<ImportColumn, String> labels = new LinkedHashMap<>();

	private final List<Rejection> problems = new ArrayList<>();

	private HeaderLayout() {
	}

	public static HeaderLayout of(TableRow header, List<ImportColumn> columns) {
		HeaderLayout layout = new HeaderLayout();
		for (int i = 0; i < header.cells().size(); i++) {
			String text = header.cell(i);
			for (ImportColumn column : columns) {
				if (!text.isEmpty() && column.matches(text)) {
					layout.place(header.line(), column, i, text);
				}
			}
		}
		for (ImportColumn column : columns) {
			if (column.required() && !layout.positions.containsKey(column)) {
				layout.problems.add(Rejection.said(header.line(), column.name(), "the header lacks the required column "
						+ column.chinese() + " (" + column.name() + ")", "problem.import.columnMissing", column.chinese(),
						column.name()));
			}
		}
		return layout;
	}

	private void place(long line, ImportColumn column, int index, String text) {
		if (positions.containsKey(column)) {
			problems.add(Rejection.said(line, text, "the column " + column.chinese() + " (" + column.name()
					+ ") appears twice in the header", "problem.import.columnTwice", column.chinese(), column.name()));
			return;
		}
		positions.put(column, index);
		labels.put(column, text);
	}

	/** Problems with the header itself; rows cannot be read while there are any. */
	public List<Rejection> problems() {
		return List.copyOf(problems);
	}

	/** The cell of this column in the row, empty when the file has no such column. */
	public String cell(TableRow row, ImportColumn column) {
		Integer index = positions.get(column);
		return index == null ? "" : row.cell(index);
	}

	/** The column's header as the file writes it, or its English name when the file lacks it. */
	public String label(ImportColumn column) {
		return labels.getOrDefault(column, column.name());
	}
}
