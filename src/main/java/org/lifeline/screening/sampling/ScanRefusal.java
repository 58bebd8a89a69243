package org.lifeline.screening.sampling;

import org.springframework.context.MessageSourceResolvable;

/**
 * A tube the server will not store, with the reason and the code at fault: 409 when it clashes with what is stored
 * (tube code used, resident already in an open tube of the round, scan id reused), 400 when it breaks a rule of
 * the round (more residents than the pool holds, a code naming no resident). The reason is English as its message
 * and a message key with the values it names, so the sampler reads it in the page's language.
 */
class ScanRefusal extends RuntimeException implements MessageSourceResolvable {

	private final boolean conflict;

	private final String field;

	private final String code;

	private final String key;

	private final Object[] arguments;

	private ScanRefusal(boolean conflict, String field, String code, String message, String key, Object[] arguments) {
		super(message);
		this.conflict = conflict;
		this.field = field;
		this.code = code;
		this.key = key;
		this.arguments = arguments;
	}

	static ScanRefusal conflict(String field, String code, String message, String key, Object... arguments) {
		return new ScanRefusal(true, field, code, message, key, arguments);
	}

	static ScanRefusal invalid(String field, String code, String message, String key, Object... arguments) {
		return new ScanRefusal(false, field, code, message, key, arguments);
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

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments;
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}
}
