package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one XLSX sheet with POI's streaming SXSSF workbook, keeping only a window of rows in memory. Every cell is
 * a text cell; a cell that could pass for a formula carries Excel's quote prefix, the mark a typed leading
 * apostrophe leaves, so Excel shows it as text.
 */
final class XlsxTableWriter implements TabularWriter {

	private static final int WINDOW = 200;

	private final OutputStream out;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final Sheet sheet;

	private final CellStyle quoted;

	private int rows;

	XlsxTableWriter(OutputStream out, String sheetName) {
		this.out = out;
		this.workbook.setCompressTempFiles(true);
		this.sheet = workbook.createSheet(sheetName);
		this.quoted = workbook.createCellStyle();
		this.quoted.setQuotePrefixed(true);
	}

	@Override
	public void row(List<String> cells) {
		Row row = sheet.createRow(rows++);
		for (int i = 0; i < cells.size(); i++) {
			String value = cells.get(i);
			if (value == null || value.isEmpty()) {
				continue;
			}
			Cell cell = row.createCell(i);
			cell.setCellValue(value);
			if (FormulaGuard.isRisky(value)) {
				cell.setCellStyle(quoted);
			}
		}
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.write(out);
			out.flush();
		}
		finally {
			workbook.close();
		}
	}
}
