package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lifeline.shared.InvalidInputException;

/**
 * Reads a CSV or XLSX file row by row without holding it in memory. The format is recognised from the content
 * (an XLSX file is a ZIP package); a CSV may be UTF-8 (with or without BOM) or GBK. Problems with the file as a
 * whole answer 400 naming the field {@code file}.
 */
public final class TabularReader {

	private static final int SNIFF_BYTES = 8192;

	private TabularReader() {
	}

	/** Passes the header and every non-blank data row to the visitor; a file without a data row is refused. */
	public static void read(Path file, TableVisitor visitor) {
		HeaderFirst rows = new HeaderFirst(visitor);
		try {
			if (isZip(file)) {
				XlsxTableReader.read(file, rows);
			}
			else {
				CsvTableReader.read(file, rows);
			}
		}
		catch (IOException e) {
			throw new InvalidInputException("file", "the file could not be read: " + e.getMessage(),
					"problem.shared.fileUnreadable", e.getMessage());
		}
		rows.requireData();
	}

	private static boolean isZip(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		if (head.length == 0) {
			throw new InvalidInputException("file", "the file is empty", "problem.shared.fileEmpty");
		}
		if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return true;
		}
		if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
			throw new InvalidInputException("file", "old Excel files (.xls) are not read: save it as .xlsx or .csv",
					"problem.shared.oldExcel");
		}
		for (byte b : head) {
			if (b == 0) {
				throw new InvalidInputException("file", "the file is neither an Excel workbook (.xlsx) nor a CSV text file",
						"problem.shared.notATable");
			}
		}
		return false;
	}

	/** Treats the first non-blank row as the header and counts the data rows after it. */
	static final class HeaderFirst {

		private final TableVisitor visitor;

		private boolean headerSeen;

		private long dataRows;

		HeaderFirst(TableVisitor visitor) {
			this.visitor = visitor;
		}

		void accept(TableRow row) {
			if (row.isBlank()) {
				return;
			}
			if (!headerSeen) {
				headerSeen = true;
				visitor.header(row);
			}
			else {
				dataRows++;
				visitor.row(row);
			}
		}

		void requireData() {
			if (!headerSeen) {
				throw new InvalidInputException("file", "the file holds no rows", "problem.shared.noRows");
			}
			if (dataRows == 0) {
				throw new InvalidInputException("file", "the file has a header but no data row",
						"problem.shared.noDataRow");
			}
		}
	}
}
