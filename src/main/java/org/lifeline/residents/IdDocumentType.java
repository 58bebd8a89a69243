package org.lifeline.residents;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of identity document a resident may be registered with. */
public enum IdDocumentType {

	RESIDENT_ID("居民身份证"), PASSPORT("护照"), HK_MACAO_PERMIT("港澳居民来往内地通行证"),
	TAIWAN_PERMIT("台湾居民来往大陆通行证"), FOREIGN_PERMANENT_ID("外国人永久居留身份证"), OTHER("其他");

	private final String chinese;

	IdDocumentType(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

	/** Reads a code or Chinese name as written in an import file ("RESIDENT_ID", "身份证", "居民身份证"). */
	public static Optional<IdDocumentType> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String t = text.trim();
		if (t.equals("身份证") || t.equalsIgnoreCase("ID")) {
			return Optional.of(RESIDENT_ID);
		}
		return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(t) || v.chinese.equals(t)).findFirst();
	}
}
