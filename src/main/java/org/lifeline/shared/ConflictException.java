package org.lifeline.shared;

/** A request that clashes with the current state (a duplicate, a taken slot, an impossible step). Answers 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
