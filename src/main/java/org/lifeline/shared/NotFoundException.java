package org.lifeline.shared;

/** An id or code that is unknown, or outside what the caller may see: both answer the same 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
