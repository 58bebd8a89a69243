package org.lifeline.shared.web;

import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessException;

/**
 * A value the database refuses as data (SQL state class 22: too long, a NUL character, a number or date out of
 * range): bad input, answered 400 with the field that carried it, not a clash with existing data.
 */
record DataProblem(String field, String message, MessageSourceResolvable words) {

	private static final Pattern LENGTH = Pattern.compile("character varying\\((\\d+)\\)");

	/** The problem, or null when the failure is not about a value's form. */
	static DataProblem of(DataAccessException e) {
		String state = sqlState(e);
		if (state == null || !state.startsWith("22")) {
			return null;
		}
		String text = String.valueOf(e.getMostSpecificCause().getMessage());
		return switch (state) {
			case "22001" -> tooLong(text);
			case "22021", "22P05" -> named(RequestBodies.firstField(v -> v instanceof String s && s.indexOf('\0') >= 0),
					"nul", "must not contain a NUL character (\\u0000)");
			case "22003" -> named(RequestBodies.firstField(DataProblem::large), "outOfRange", "is out of range");
			case "22007", "22008" -> named(RequestBodies.firstField(v -> v instanceof Temporal), "dateRange",
					"is out of the range of dates this service keeps");
			default -> named(java.util.Optional.empty(), "wrongForm", "has a value of the wrong form");
		};
	}

	private static DataProblem tooLong(String text) {
		Matcher m = LENGTH.matcher(text);
		if (!m.find()) {
			return named(java.util.Optional.empty(), "tooLong", "is too long");
		}
		int max = Integer.parseInt(m.group(1));
		return named(RequestBodies.firstField(v -> v instanceof String s && s.length() > max), "longerThan",
				"is longer than " + max + " characters", String.valueOf(max));
	}

	private static boolean large(Object v) {
		return (v instanceof Long l && (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE))
				|| (v instanceof java.math.BigDecimal d && d.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000L)) >= 0)
				|| (v instanceof Double d && Math.abs(d) >= 1e9);
	}

	/** The problem with the field that carried it (or "a value"), as message keys {@code problem.data.*}. */
	private static DataProblem named(java.util.Optional<String> field, String problem, String english,
			Object... arguments) {
		MessageSourceResolvable what = JsonProblem.words("problem.data." + problem, english, arguments);
		return field.map(f -> new DataProblem(f, "field '" + f + "' " + english,
				JsonProblem.words("problem.data.field", "field '" + f + "' " + english, f, what)))
			.orElseGet(() -> new DataProblem(null, "a value " + english,
					JsonProblem.words("problem.data.value", "a value " + english, what)));
	}

	private static String sqlState(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
