package org.lifeline.requests;

import org.lifeline.shared.InvalidInputException;

/** A new service level for one kind of request, as city command sends it. */
public record ServiceLevelChange(String category, Boolean critical, Integer ackMinutes, Integer resolveMinutes) {

	static final int MAX_MINUTES = 30 * 24 * 60;

	RequestCategory requireValid() {
		RequestCategory parsed = RequestCategory.parse(category)
			.orElseThrow(() -> RequestCategory.unknown(category));
		if (Boolean.TRUE.equals(critical) && !parsed.canBeCritical()) {
			throw new InvalidInputException("critical", parsed + " requests cannot be critical",
					"problem.requests.cannotBeCritical", parsed);
		}
		requireMinutes("ackMinutes", ackMinutes);
		requireMinutes("resolveMinutes", resolveMinutes);
		if (resolveMinutes < ackMinutes) {
			throw new InvalidInputException("resolveMinutes", "the resolve deadline cannot come before the acknowledgement",
					"problem.requests.resolveBeforeAck");
		}
		return parsed;
	}

	boolean isCritical() {
		return Boolean.TRUE.equals(critical);
	}

	private static void requireMinutes(String field, Integer minutes) {
		if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
			throw new InvalidInputException(field, field + " must be between 1 and " + MAX_MINUTES,
					"problem.requests.minutesRange", field, String.valueOf(MAX_MINUTES));
		}
	}
}
