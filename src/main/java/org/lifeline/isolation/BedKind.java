package org.lifeline.isolation;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of isolation bed: general, with oxygen, paediatric with a bed for the carer, elderly with conditions. */
public enum BedKind {

	GENERAL, OXYGEN, PAEDIATRIC_WITH_CARER, ELDERLY_WITH_CONDITIONS;

	public static Optional<BedKind> parse(String text) {
		return text == null ? Optional.empty()
				: Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.trim())).findFirst();
	}
}
