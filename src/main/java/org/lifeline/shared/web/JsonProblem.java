package org.lifeline.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What was wrong with a JSON body, in words a caller can act on, and which field it was. The field's expected
 * form is said in plain words (a date, a whole number, one of the listed values), never as a Java type. The words
 * are message keys ({@code problem.json.*}, {@code problem.expected.*}) with the English as their default.
 */
record JsonProblem(String field, MessageSourceResolvable words) {

	JsonProblem(String field, String key, String english, Object... arguments) {
		this(field, words(key, english, arguments));
	}

	String message() {
		return words.getDefaultMessage();
	}

	static MessageSourceResolvable words(String key, String english, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments, english);
	}

	static JsonProblem of(HttpMessageNotReadableException ex) {
		JacksonException jackson = jacksonCause(ex);
		if (jackson instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			return new JsonProblem(field, "problem.json.unknownField", "unknown field '" + field + "'", field);
		}
		if (jackson != null && !jackson.getPath().isEmpty()) {
			String field = path(jackson);
			MessageSourceResolvable problem = problem(jackson);
			return new JsonProblem(field, "problem.json.field", "field '" + field + "' " + problem.getDefaultMessage(),
					field, problem);
		}
		if (jackson != null) {
			TokenStreamLocation at = jackson.getLocation();
			if (at == null || at.getLineNr() < 0) {
				return new JsonProblem(null, "problem.json.invalid", "the request body is not valid JSON");
			}
			return new JsonProblem(null, "problem.json.invalidAt", "the request body is not valid JSON (line "
					+ at.getLineNr() + ", column " + at.getColumnNr() + ")", String.valueOf(at.getLineNr()),
					String.valueOf(at.getColumnNr()));
		}
		return new JsonProblem(null, "problem.json.missing", "the request body is missing or unreadable: send a JSON object");
	}

	/** The outermost Jackson failure in the chain: it knows the path, its causes (a date parser, say) do not. */
	private static JacksonException jacksonCause(Throwable ex) {
		for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
			if (t instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	private static String path(JacksonException jackson) {
		return jackson.getPath()
			.stream()
			.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static MessageSourceResolvable problem(JacksonException jackson) {
		Class<?> type = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
		if (type == null) {
			return words("problem.json.invalidValue", "has an invalid value");
		}
		MessageSourceResolvable expected = expectedWords(type);
		return words("problem.json.mustBe", "must be " + expected.getDefaultMessage(), expected);
	}

	/** {@link #expected} as a message key of the bundles, with the English as its default. */
	static MessageSourceResolvable expectedWords(Class<?> type) {
		String english = expected(type);
		if (type.isEnum()) {
			return words("problem.expected.oneOf", english, english.substring("one of ".length()));
		}
		return words("problem.expected." + expectedKey(type), english);
	}

	private static String expectedKey(Class<?> type) {
		if (type == LocalDate.class) {
			return "date";
		}
		if (type == LocalTime.class) {
			return "time";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "moment";
		}
		if (type == Long.class || type == long.class) {
			return "wholeNumber";
		}
		if (type == Integer.class || type == int.class || type == Short.class || type == short.class) {
			return "integer";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "list";
		}
		return Map.class.isAssignableFrom(type) || type.isRecord() ? "object" : "other";
	}

	/** The form a value of this type takes, in the words of the API's documentation. */
	static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
		}
		if (type == LocalDate.class) {
			return "a date that exists, written yyyy-mm-dd (e.g. 2022-04-09)";
		}
		if (type == LocalTime.class) {
			return "a time of day, written hh:mm (e.g. 08:30)";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a moment in ISO 8601 with its offset (e.g. 2022-04-09T08:30:00+08:00)";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "a whole number" + (type == Long.class || type == long.class ? "" : " between -2147483648 and 2147483647");
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class || type == Character.class || type == char.class) {
			return "text";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a list";
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord()) {
			return "an object with its own fields";
		}
		return "a value of the documented form";
	}
}
