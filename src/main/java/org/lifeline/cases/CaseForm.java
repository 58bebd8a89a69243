package org.lifeline.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.lifeline.shared.InvalidInputException;

/** A case as a caller reports it: the type and how it was found as text, read here so a bad one is named. */
record CaseForm(Long residentId, String type, String reportedOn, String foundBy) {

	NewCase toNewCase(CaseSource source) {
		return new NewCase(residentId, parse(CaseType.class, "type", type, true), day(reportedOn),
				parse(FoundBy.class, "foundBy", foundBy, false), source, null);
	}

	/** A date as yyyy-MM-dd; none means today. */
	static LocalDate day(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("reportedOn", "reportedOn must be a date like 2022-04-13, not '" + text + "'",
					"problem.cases.reportedOnDate", text);
		}
	}

	static <E extends Enum<E>> E parse(Class<E> kind, String field, String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw new InvalidInputException(field, field + " is required: one of " + names(kind),
						"problem.cases.requiredOneOf", field, names(kind));
			}
			return null;
		}
		return Arrays.stream(kind.getEnumConstants())
			.filter(e -> e.name().equalsIgnoreCase(text.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(field,
					field + " must be one of " + names(kind) + ", not '" + text + "'", "problem.cases.oneOf", field,
					names(kind), text));
	}

	private static String names(Class<? extends Enum<?>> kind) {
		return Arrays.stream(kind.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
