package org.lifeline.screening.rounds;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;

/** Refusals shared by the sampling calls of a round and the home sampling tasks, in the reader's language. */
final class CallRefusals {

	private CallRefusals() {
	}

	/** The reason given for a failed call or task is too long. */
	static InvalidInputException reasonTooLong(int max) {
		return new InvalidInputException("reason", "reason is at most " + max + " characters", "problem.screening.reasonLength",
				max);
	}

	/** The call was made or failed already ({@code state} is "was made" or "failed"). */
	static ConflictException already(long callId, String state) {
		String shape = "was made".equals(state) ? "callMade" : "callFailed";
		return new ConflictException("sampling call " + callId + " " + state + " already", "problem.screening." + shape,
				String.valueOf(callId));
	}
}
