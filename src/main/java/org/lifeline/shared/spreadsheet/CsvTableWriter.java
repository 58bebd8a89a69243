package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes UTF-8 CSV with a byte order mark, so Excel shows Chinese text correctly; risky cells are quoted text. */
final class CsvTableWriter implements TabularWriter {

	private final Writer writer;

	private final CSVPrinter printer;

	CsvTableWriter(OutputStream out) throws IOException {
		this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		this.writer.write('\uFEFF');
		this.printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
	}

	@Override
	public void row(List<String> cells) throws IOException {
		for (String cell : cells) {
			printer.print(FormulaGuard.escape(cell == null ? "" : cell));
		}
		printer.println();
	}

	@Override
	public void close() throws IOException {
		printer.flush();
		writer.flush();
	}
}
