package org.lifeline.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a date typed into a query or a JSON body (2022-04-13), refusing anything else naming the field. */
public final class DateInput {

	private DateInput() {
	}

	/** The date the text names, or the fallback when it is blank. */
	public static LocalDate parse(String field, String text, LocalDate fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, field + " must look like 2022-04-13, not '" + text + "'",
					"problem.shared.date", field, text);
		}
	}
}
