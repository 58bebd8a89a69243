package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.lifeline.shared.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook with POI's streaming SAX reader, so a sheet of any length needs
 * little memory. Cells come out as {@link CellText} writes them: numbers as plain digits, dates as ISO dates.
 */
final class XlsxTableReader {

	private XlsxTableReader() {
	}

	static void read(Path file, TabularReader.HeaderFirst rows) throws IOException {
		try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(workbook);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new InvalidInputException("file", "the workbook has no sheet", "problem.shared.noSheet");
			}
			XMLReader parser = XMLHelper.newXMLReader();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
					new ReadOnlySharedStringsTable(workbook), new RowCollector(rows), new CellText(), false));
			try (InputStream sheet = sheets.next()) {
				parser.parse(new InputSource(sheet));
			}
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "the file is not a readable Excel workbook (.xlsx)",
					"problem.shared.badWorkbook");
		}
	}

	/** Collects the cells of each row, filling skipped columns with empty text. */
	private static final class RowCollector implements SheetContentsHandler {

		private final TabularReader.HeaderFirst rows;

		private final List<String> cells = new ArrayList<>();

		RowCollector(TabularReader.HeaderFirst rows) {
			this.rows = rows;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void endRow(int rowNum) {
			rows.accept(new TableRow(rowNum + 1L, cells));
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			int column = reference == null ? cells.size() : new CellReference(reference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(FormulaGuard.unescape(value));
		}
	}
}
