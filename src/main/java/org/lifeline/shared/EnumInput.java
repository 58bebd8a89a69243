package org.lifeline.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a choice typed into a form, a query or a JSON body into one of an enum's constants, ignoring case and
 * surrounding spaces. A value that is none of them is refused naming the field and the values it may take.
 */
public final class EnumInput {

	private EnumInput() {
	}

	/** The constant the text names; empty when the text is blank or names none. */
	public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String wanted = text.trim();
		return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equalsIgnoreCase(wanted)).findFirst();
	}

	/** The constant the value names, null when the value is blank; refuses a value that names none. */
	public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return find(type, value).orElseThrow(() -> unknown(type, field, value));
	}

	/** The constant the value names; refuses a blank value and one that names none. */
	public static <E extends Enum<E>> E required(Class<E> type, String field, String value) {
		E parsed = parse(type, field, value);
		if (parsed == null) {
			throw new InvalidInputException(field, field + " is required, one of " + choices(type),
					"problem.shared.enumRequired", field, choices(type));
		}
		return parsed;
	}

	/** The refusal of a value that names none of the constants. */
	public static InvalidInputException unknown(Class<? extends Enum<?>> type, String field, String value) {
		return new InvalidInputException(field, "unknown " + field + " '" + value + "', one of " + choices(type),
				"problem.shared.enumUnknown", field, value, choices(type));
	}

	private static String choices(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
