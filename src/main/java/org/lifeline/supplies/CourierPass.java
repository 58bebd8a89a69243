package org.lifeline.supplies;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A courier's entry pass (DESIGN §1): valid only with a negative PCR taken within the last 48 hours and a
 * negative antigen test taken today (in the city's time zone). Tests dated in the future count as missing.
 */
public record CourierPass(Instant pcrNegativeAt, Instant antigenNegativeAt) {

	public static final Duration PCR_VALIDITY = Duration.ofHours(48);

	/** Whether the pass lets the courier in at this moment. */
	public boolean validAt(Instant now, ZoneId zone) {
		return problemAt(now, zone) == null;
	}

	/** Why the pass is not valid at this moment, or null when it is. */
	public String problemAt(Instant now, ZoneId zone) {
		if (pcrNegativeAt == null || pcrNegativeAt.isAfter(now)) {
			return "no negative PCR test on record";
		}
		if (Duration.between(pcrNegativeAt, now).compareTo(PCR_VALIDITY) > 0) {
			return "the last negative PCR test is older than 48 hours";
		}
		if (antigenNegativeAt == null || antigenNegativeAt.isAfter(now)) {
			return "no negative antigen test on record";
		}
		if (!antigenNegativeAt.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())) {
			return "no negative antigen test today";
		}
		return null;
	}
}
