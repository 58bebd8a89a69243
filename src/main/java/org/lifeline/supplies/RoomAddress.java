package org.lifeline.supplies;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The building number and room read from a delivery address as residents write it in group-buy apps:
 * {@code 3号楼502室}, {@code 3栋502}, {@code 3#502}, {@code 3-502}; the last such pair in the text counts.
 */
record RoomAddress(String building, String room) {

	private static final Pattern NAMED = Pattern
		.compile("(\\d{1,4}[A-Za-z]?)\\s*(?:号楼|号樓|栋|幢|座|#|＃)\\s*(?:\\d{1,2}\\s*单元\\s*)?(\\d{1,5})\\s*(?:室|号)?");

	private static final Pattern DASHED = Pattern.compile("(?<![\\d])(\\d{1,4}[A-Za-z]?)\\s*[-－—]\\s*(\\d{1,5})(?![\\d])");

	static Optional<RoomAddress> parse(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		String text = address.replace('　', ' ');
		Optional<RoomAddress> named = last(NAMED.matcher(text));
		return named.isPresent() ? named : last(DASHED.matcher(text));
	}

	private static Optional<RoomAddress> last(Matcher m) {
		RoomAddress found = null;
		while (m.find()) {
			found = new RoomAddress(m.group(1).toUpperCase(java.util.Locale.ROOT), m.group(2));
		}
		return Optional.ofNullable(found);
	}
}
