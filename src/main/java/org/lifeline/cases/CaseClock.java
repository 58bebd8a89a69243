package org.lifeline.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.lifeline.shared.InvalidInputException;

/** Times of steps entered after the fact: never in the future, never further back than allowed. */
final class CaseClock {

	private CaseClock() {
	}

	static void requirePast(Instant at, Clock clock, int maxDaysBack) {
		Instant now = clock.instant();
		if (at == null || at.isAfter(now)) {
			throw new InvalidInputException("at", "a step cannot be dated in the future: " + at,
					"problem.cases.stepInFuture", String.valueOf(at));
		}
		if (at.isBefore(now.minus(Duration.ofDays(maxDaysBack + 1)))) {
			throw new InvalidInputException("at", "a step cannot be dated more than " + maxDaysBack + " days back",
					"problem.cases.stepTooOld", maxDaysBack);
		}
	}

	static LocalDate day(Instant at, Clock clock) {
		return LocalDate.ofInstant(at, clock.getZone());
	}
}
