package org.lifeline.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A request that clashes with the current state (a duplicate, a taken slot, an impossible step). Answers 409.
 * Given a message key it is said in the reader's language; the English words are its message.
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

	private final String key;

	private final Object[] arguments;

	public ConflictException(String message) {
		this(message, null);
	}

	/** A clash said by message key and arguments; {@code message} is its English wording. */
	public ConflictException(String message, String key, Object... arguments) {
		super(message);
		this.key = key;
		this.arguments = arguments;
	}

	@Override
	public String[] getCodes() {
		return key == null ? null : new String[] { key };
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
