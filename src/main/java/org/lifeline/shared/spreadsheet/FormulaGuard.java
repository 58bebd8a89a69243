package org.lifeline.shared.spreadsheet;

/**
 * Keeps exported cells from being run as formulas by spreadsheet programs: a cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return is marked as text with a leading single quote. Reading
 * removes that mark again, so a phone number like {@code +86…} or a negative number survives a round trip as data.
 */
public final class FormulaGuard {

	private FormulaGuard() {
	}

	/** Whether a spreadsheet program could take this cell for a formula. */
	public static boolean isRisky(String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** The value as safe text: prefixed with a single quote when it could be a formula. */
	public static String escape(String value) {
		return isRisky(value) ? "'" + value : value;
	}

	/** The value without the quote {@link #escape} added. */
	public static String unescape(String value) {
		return value != null && value.length() > 1 && value.charAt(0) == '\'' && isRisky(value.substring(1))
				? value.substring(1) : value;
	}
}
