package org.lifeline.supplies;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A courier's entry pass (DESIGN §1): valid only with a negative PCR taken within the last 48 hours and a
 * negative antigen test taken today (in the city's time zone). Tests dated in the future count as missing.
 */
public record CourierPass(Instant pcrNegativeAt, Instant antigenNegativeAt) {

	public static final Duration PCR_VALIDITY = Duration.ofHours(48);

	private static final String NO_PCR = "no negative PCR test on record";

	private static final String OLD_PCR = "the last negative PCR test is older than 48 hours";

	private static final String NO_ANTIGEN = "no negative antigen test on record";

	private static final String NO_ANTIGEN_TODAY = "no negative antigen test today";

	/** Whether the pass lets the courier in at this moment. */
	public boolean validAt(Instant now, ZoneId zone) {
		return problemAt(now, zone) == null;
	}

	/** Why the pass is not valid at this moment, or null when it is. */
	public String problemAt(Instant now, ZoneId zone) {
		if (pcrNegativeAt == null || pcrNegativeAt.isAfter(now)) {
			return NO_PCR;
		}
		if (Duration.between(pcrNegativeAt, now).compareTo(PCR_VALIDITY) > 0) {
			return OLD_PCR;
		}
		if (antigenNegativeAt == null || antigenNegativeAt.isAfter(now)) {
			return NO_ANTIGEN;
		}
		if (!antigenNegativeAt.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())) {
			return NO_ANTIGEN_TODAY;
		}
		return null;
	}

	/** Why a pass is not valid, said by message key so each reader gets it in their language. */
	static MessageSourceResolvable words(String problem) {
		String key = switch (problem) {
			case NO_PCR -> "problem.supplies.passNoPcr";
			case OLD_PCR -> "problem.supplies.passOldPcr";
			case NO_ANTIGEN -> "problem.supplies.passNoAntigen";
			case NO_ANTIGEN_TODAY -> "problem.supplies.passNoAntigenToday";
			default -> null;
		};
		return new DefaultMessageSourceResolvable(key == null ? null : new String[] { key }, problem);
	}
}
