package org.lifeline.requests.open311;

import java.util.Set;
import java.util.regex.Pattern;

import org.lifeline.shared.InvalidInputException;
import org.springframework.util.MultiValueMap;

/**
 * Reading GeoReport v2 form fields as clients send them: known names only (any {@code attribute[…]} is allowed),
 * each once except {@code media_url}, names joined with their space, phone numbers in their usual notations.
 */
final class Open311Fields {

	/** Fields a client may repeat; only the first is kept. */
	static final Set<String> REPEATABLE = Set.of("media_url");

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[[^\\]]{1,100}]");

	private static final Pattern CJK = Pattern.compile("[\\p{IsHan}·]+");

	private Open311Fields() {
	}

	static void requireKnown(MultiValueMap<String, String> form, Set<String> fields) {
		for (var entry : form.entrySet()) {
			String field = entry.getKey();
			if (!fields.contains(field) && !ATTRIBUTE.matcher(field).matches()) {
				throw new InvalidInputException(field, "unknown field " + field, "problem.open311.unknownField", field);
			}
			if (entry.getValue().size() > 1 && !REPEATABLE.contains(field)) {
				throw new InvalidInputException(field, field + " is given more than once",
						"problem.open311.repeated", field);
			}
		}
	}

	/** The trimmed value, null when blank; longer than {@code max} is refused. */
	static String text(MultiValueMap<String, String> form, String field, int max) {
		String value = form.getFirst(field);
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			throw InvalidInputException.tooLong(field, max);
		}
		return value.trim();
	}

	/**
	 * A person's name from first and last name: a Chinese name family name first and without a space (陈 + 静 →
	 * 陈静), any other as written, first name, a space, last name.
	 */
	static String name(String first, String last) {
		String f = first == null ? "" : first.strip();
		String l = last == null ? "" : last.strip();
		if (f.isEmpty() || l.isEmpty()) {
			String one = (l + f).strip();
			return one.isEmpty() ? null : one;
		}
		if (CJK.matcher(f).matches() && CJK.matcher(l).matches()) {
			return l + f;
		}
		return f + " " + l;
	}

	/**
	 * A phone number without its notation: spaces, dashes, dots and brackets dropped, and the country code of
	 * China (+86, 0086) dropped before a mobile number. Letters or too few digits are refused.
	 */
	static String phone(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.strip().replaceAll("[\\s().\\-/]", "");
		if (!digits.matches("\\+?\\d{3,20}")) {
			throw new InvalidInputException("phone", "phone is not a phone number", "problem.open311.phone");
		}
		String national = digits.replaceFirst("^(\\+86|0086)", "");
		if (national.equals(digits) || national.matches("1\\d{10}") || national.startsWith("0")) {
			return national;
		}
		return "0" + national;
	}
}
