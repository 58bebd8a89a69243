package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes rows of text to an XLSX or CSV stream, row by row, safe against formula injection. Closing finishes the
 * file but leaves the target stream open for its owner.
 */
public interface TabularWriter extends AutoCloseable {

	void row(List<String> cells) throws IOException;

	@Override
	void close() throws IOException;

	static TabularWriter open(TabularFormat format, OutputStream out, String sheetName) throws IOException {
		return format == TabularFormat.XLSX ? new XlsxTableWriter(out, sheetName) : new CsvTableWriter(out);
	}
}
