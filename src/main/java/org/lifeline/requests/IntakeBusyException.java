package org.lifeline.requests;

/** Filings arrive faster than they can be written; the caller is told to retry rather than kept waiting. */
public class IntakeBusyException extends RuntimeException {

	IntakeBusyException(String message) {
		super(message);
	}
}
