package org.lifeline.shared.spreadsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates clerks write: {@code 1980-03-15}, {@code 1980/3/15}, {@code 1980.3.15}, {@code 19800315} (and
 * the ISO dates the XLSX reader makes of date cells).
 */
public final class CellDates {

	private static final Pattern SEPARATED = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");

	private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

	private CellDates() {
	}

	/** The date, or empty when the text is blank or not one of the accepted forms of a real date. */
	public static Optional<LocalDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.strip();
		Matcher m = SEPARATED.matcher(t);
		if (!m.matches()) {
			m = COMPACT.matcher(t);
			if (!m.matches()) {
				return Optional.empty();
			}
		}
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3))));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}
}
