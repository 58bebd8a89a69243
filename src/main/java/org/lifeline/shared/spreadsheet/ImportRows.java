package org.lifeline.shared.spreadsheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.lifeline.shared.spreadsheet.ImportReport.Rejection;

/**
 * The one way an import reads its file: CSV or XLSX through {@link TabularReader}, the header laid out against the
 * import's columns (in any order, by English or Chinese name), and each data row handed to {@link #read} only while
 * the header is sound. Rejections are kept by line and by the column as the file names it.
 */
public abstract class ImportRows implements TableVisitor {

	private final List<ImportColumn> columns;

	private final List<Rejection> rejected = new ArrayList<>();

	private HeaderLayout layout;

	protected ImportRows(List<ImportColumn> columns) {
		this.columns = List.copyOf(columns);
	}

	/** Reads the whole file, header first, into this import. */
	public final void readFrom(Path file) {
		TabularReader.read(file, this);
	}

	@Override
	public final void header(TableRow header) {
		layout = HeaderLayout.of(header, columns);
		rejected.addAll(layout.problems());
	}

	@Override
	public final void row(TableRow row) {
		if (headerAccepted()) {
			read(row);
		}
	}

	/** One data row of a file whose header is sound. */
	protected abstract void read(TableRow row);

	/** Whether the file had a header with every required column, each once. */
	public final boolean headerAccepted() {
		return layout != null && layout.problems().isEmpty();
	}

	/** What was refused so far, header problems first. */
	public final List<Rejection> rejected() {
		return rejected;
	}

	/** How many rejections there are so far (to tell whether a row added any). */
	protected final int rejectedCount() {
		return rejected.size();
	}

	protected final void reject(long line, ImportColumn column, String reason) {
		rejected.add(new Rejection(line, label(column), reason));
	}

	/** A reason said by message key and arguments; {@code reason} is its English wording. */
	protected final void reject(long line, ImportColumn column, String reason, String key, Object... arguments) {
		rejected.add(Rejection.said(line, label(column), reason, key, arguments));
	}

	/** A refusal of the rules, said in its own message key where it has one. */
	protected final void reject(long line, ImportColumn column, RuntimeException refusal) {
		rejected.add(Rejection.of(line, label(column), refusal));
	}

	protected final void reject(Rejection rejection) {
		rejected.add(rejection);
	}

	protected final void rejectAll(Collection<Rejection> rejections) {
		rejected.addAll(rejections);
	}

	/** The cell of this column in the row, empty when the file has no such column. */
	protected final String cell(TableRow row, ImportColumn column) {
		return layout.cell(row, column);
	}

	/** The column's header as the file writes it, or its English name when the file lacks it. */
	public final String label(ImportColumn column) {
		return layout == null ? column.name() : layout.label(column);
	}

	protected final HeaderLayout layout() {
		return layout;
	}
}
