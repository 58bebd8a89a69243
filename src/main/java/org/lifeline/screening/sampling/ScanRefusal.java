package org.lifeline.screening.sampling;

/**
 * A tube the server will not store, with the reason and the code at fault: 409 when it clashes with what is stored
 * (tube code used, resident already in an open tube of the round, scan id reused), 400 when it breaks a rule of
 * the round (more residents than the pool holds, a code naming no resident).
 */
class ScanRefusal extends RuntimeException {

	private final boolean conflict;

	private final String field;

	private final String code;

	private ScanRefusal(boolean conflict, String field, String code, String message) {
		super(message);
		this.conflict = conflict;
		this.field = field;
		this.code = code;
	}

	static ScanRefusal conflict(String field, String code, String message) {
		return new ScanRefusal(true, field, code, message);
	}

	static ScanRefusal invalid(String field, String code, String message) {
		return new ScanRefusal(false, field, code, message);
	}

	boolean conflict() {
		return conflict;
	}

	String field() {
		return field;
	}

	String code() {
		return code;
	}
}
