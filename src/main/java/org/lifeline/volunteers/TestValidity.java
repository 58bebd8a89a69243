package org.lifeline.volunteers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Whether a volunteer's own tests let them to a door (the May 2022 rule: one PCR and two antigen tests a day): a
 * negative PCR within the PCR window, a negative antigen test within the antigen window, and no positive since
 * the older of the two windows began.
 */
record TestValidity(Duration pcrWithin, Duration antigenWithin) {

	static final TestValidity MAY_2022 = new TestValidity(Duration.ofHours(24), Duration.ofHours(12));

	boolean validAt(Instant now, List<OwnTest> tests) {
		Instant pcrFrom = now.minus(pcrWithin);
		Instant antigenFrom = now.minus(antigenWithin);
		Instant since = pcrFrom.isBefore(antigenFrom) ? pcrFrom : antigenFrom;
		boolean positive = tests.stream().anyMatch(t -> t.positive() && !t.takenAt().isBefore(since) && !t.takenAt().isAfter(now));
		boolean pcr = tests.stream().anyMatch(t -> t.pcr() && !t.positive() && within(t, pcrFrom, now));
		boolean antigen = tests.stream().anyMatch(t -> !t.pcr() && !t.positive() && within(t, antigenFrom, now));
		return !positive && pcr && antigen;
	}

	private static boolean within(OwnTest test, Instant from, Instant now) {
		return !test.takenAt().isBefore(from) && !test.takenAt().isAfter(now);
	}

	/** One of the volunteer's own tests. */
	record OwnTest(boolean pcr, Instant takenAt, boolean positive) {
	}
}
