package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV with commons-csv. The encoding is UTF-8 when the whole file decodes as UTF-8, otherwise GBK (read as
 * GB18030, its superset); a byte order mark is skipped. Fields are comma separated, quoted with double quotes.
 */
final class CsvTableReader {

	static final Charset GBK = Charset.forName("GB18030");

	private static final char BOM = '\uFEFF';

	private CsvTableReader() {
	}

	static void read(Path file, TabularReader.HeaderFirst rows) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		try (Reader reader = withoutBom(Files.newBufferedReader(file, encodingOf(file)));
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			long nextLine = 1;
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cell -> cells.add(FormulaGuard.unescape(cell)));
				rows.accept(new TableRow(nextLine, cells));
				nextLine = parser.getCurrentLineNumber() + 1;
			}
		}
	}

	/** UTF-8 when every byte sequence of the file is valid UTF-8, else GBK. */
	static Charset encodingOf(Path file) throws IOException {
		char[] buffer = new char[16384];
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			while (reader.read(buffer) >= 0) {
				// decoding the whole file is the check
			}
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException e) {
			return GBK;
		}
	}

	private static Reader withoutBom(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first >= 0 && first != BOM) {
			pushback.unread(first);
		}
		return pushback;
	}
}
