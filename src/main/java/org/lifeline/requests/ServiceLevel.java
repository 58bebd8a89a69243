package org.lifeline.requests;

import java.time.Duration;
import java.time.Instant;

/**
 * How fast a kind of request must be acknowledged and resolved (DESIGN §4.5). Kept as data, editable by city
 * command; critical medical requests have a level of their own.
 */
public record ServiceLevel(RequestCategory category, boolean critical, int ackMinutes, int resolveMinutes,
		Instant updatedAt, String updatedBy) {

	/** The deadlines of a request filed at the given moment. */
	public Deadlines deadlinesFrom(Instant filedAt) {
		return new Deadlines(filedAt.plus(Duration.ofMinutes(ackMinutes)),
				filedAt.plus(Duration.ofMinutes(resolveMinutes)));
	}

	/** When a request must be acknowledged and resolved. */
	public record Deadlines(Instant ackDueAt, Instant resolveDueAt) {
	}
}
