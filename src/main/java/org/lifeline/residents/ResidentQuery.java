package org.lifeline.residents;

/**
 * What a search for residents looks for: a phone number (digits), an ID number, or a name or address prefix.
 */
record ResidentQuery(Kind kind, String text) {

	enum Kind {
		ALL, PHONE, ID_NUMBER, NAME_OR_ADDRESS
	}

	static ResidentQuery parse(String q) {
		if (q == null || q.isBlank()) {
			return new ResidentQuery(Kind.ALL, "");
		}
		String text = q.trim();
		if (text.matches("\\d{15}|\\d{17}[\\dXx]")) {
			return new ResidentQuery(Kind.ID_NUMBER, text.toUpperCase());
		}
		if (text.matches("[\\d-]{3,13}")) {
			return new ResidentQuery(Kind.PHONE, text.replace("-", ""));
		}
		return new ResidentQuery(Kind.NAME_OR_ADDRESS, text);
	}

	/** The SQL condition over resident {@code r}, with parameter {@code :q}. */
	String condition() {
		return switch (kind) {
			case ALL -> "(:q = :q)";
			case PHONE -> "r.phone like :q";
			case ID_NUMBER -> "r.id_number = :q";
			case NAME_OR_ADDRESS -> "(r.name like :q or r.compound_id in (select t.id from territory_placement t "
					+ "where t.kind = 'COMPOUND' and (t.name like :q or t.address like :q)))";
		};
	}

	Object parameter() {
		String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return switch (kind) {
			case ALL -> "";
			case PHONE, NAME_OR_ADDRESS -> escaped + "%";
			case ID_NUMBER -> text;
		};
	}
}
