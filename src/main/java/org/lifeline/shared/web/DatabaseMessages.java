package org.lifeline.shared.web;

import org.springframework.dao.DataIntegrityViolationException;

/** Explains a database constraint refusal without leaking SQL. */
final class DatabaseMessages {

	private DatabaseMessages() {
	}

	static String explain(DataIntegrityViolationException e) {
		String message = String.valueOf(e.getMostSpecificCause().getMessage());
		int keyAt = message.indexOf("Key (");
		if (keyAt >= 0) {
			int end = message.indexOf('\n', keyAt);
			return message.substring(keyAt, end < 0 ? message.length() : end).trim();
		}
		int constraintAt = message.indexOf("constraint \"");
		if (constraintAt >= 0) {
			int end = message.indexOf('"', constraintAt + 12);
			return "rule " + message.substring(constraintAt + 12, end < 0 ? message.length() : end);
		}
		return "a uniqueness or reference rule";
	}
}
