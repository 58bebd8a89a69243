package org.lifeline.shared;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An id or code that is unknown, or outside what the caller may see: both answer the same 404. Said in the
 * reader's language as {@code problem.notFound} with the kind of thing ({@code subject.<what>}, the English word
 * where a bundle has none) and its id.
 */
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

	private final String what;

	private final Object id;

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
		this.what = what;
		this.id = id;
	}

	@Override
	public String[] getCodes() {
		return new String[] { "problem.notFound" };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] {
				new DefaultMessageSourceResolvable(new String[] { "subject." + what.trim().replace(' ', '.') }, what.trim()),
				String.valueOf(id) };
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}
}
