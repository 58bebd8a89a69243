package org.lifeline.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * Input that breaks a rule; names the field so the caller can fix it. Answers 400. Given a message key (of the
 * {@code problem.} keys in the bundles) it is said in the reader's language; the English words are its message.
 */
public class InvalidInputException extends RuntimeException implements MessageSourceResolvable {

	private final String field;

	private final String key;

	private final Object[] arguments;

	public InvalidInputException(String field, String message) {
		this(field, message, null);
	}

	/** A refusal said by message key and arguments; {@code message} is its English wording. */
	public InvalidInputException(String field, String message, String key, Object... arguments) {
		super(message);
		this.field = field;
		this.key = key;
		this.arguments = arguments;
	}

	/** The field must be given. */
	public static InvalidInputException required(String field) {
		return new InvalidInputException(field, field + " is required", "problem.required", field);
	}

	/** The field's text is over its length. */
	public static InvalidInputException tooLong(String field, int max) {
		return new InvalidInputException(field, field + " is longer than " + max + " characters", "problem.tooLong", field,
				String.valueOf(max));
	}

	public String field() {
		return field;
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
