package org.lifeline.shared.spreadsheet;

import java.util.Locale;

/**
 * A column an import understands, by its English name ({@code id_number}) and its Chinese header
 * ({@code 证件号码}); headers match either, ignoring case, spaces and underscores.
 */
public record ImportColumn(String name, String chinese, boolean required) {

	boolean matches(String header) {
		String h = normalize(header);
		return h.equals(normalize(name)) || h.equals(normalize(chinese));
	}

	static String normalize(String header) {
		return header.replace("\uFEFF", "").replaceAll("[\\s_\\-]+", "").toLowerCase(Locale.ROOT);
	}
}
