package org.lifeline.residents;

import java.util.Optional;

/** Sex as recorded on the identity document. */
public enum Sex {

	M("男"), F("女");

	private final String chinese;

	Sex(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

	/** Reads M/F, male/female or 男/女. */
	public static Optional<Sex> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		return switch (text.trim().toUpperCase()) {
			case "M", "MALE", "男" -> Optional.of(M);
			case "F", "FEMALE", "女" -> Optional.of(F);
			default -> Optional.empty();
		};
	}
}
