package org.lifeline.requests;

import java.time.Instant;

/**
 * One entry of a request's timeline as an update others can follow: its stable number, the request, when, what
 * happened ({@code action}), the note written with it, and whether the request was done (resolved or closed) after it.
 */
public record RequestUpdate(long updateId, long requestId, Instant at, String action, String note, boolean done,
		String mediaUrl) {

	/** The actions whose note a person wrote (the others carry system text or none). */
	public boolean hasWrittenNote() {
		return note != null && (action.equals("RESOLVED") || action.equals("REOPENED") || action.equals("COMMENTED"));
	}
}
