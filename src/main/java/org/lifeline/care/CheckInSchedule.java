package org.lifeline.care;

import java.util.Collection;
import java.util.Map;

import org.lifeline.residents.VulnerabilityTag;

/**
 * How often a tagged resident is checked on: daily for the living-alone elderly and the 80+, every two days for
 * the others, unless the committee set its own interval for a tag. A resident with several tags is checked as
 * often as the most frequent of them asks.
 */
final class CheckInSchedule {

	static final int DAILY = 1;

	static final int OTHERS = 2;

	private CheckInSchedule() {
	}

	static int defaultEvery(VulnerabilityTag tag) {
		return tag == VulnerabilityTag.LIVING_ALONE_ELDERLY || tag == VulnerabilityTag.AGED_80_PLUS ? DAILY : OTHERS;
	}

	/** Every how many days a resident with these tags is checked on, given the committee's own intervals. */
	static int every(Collection<VulnerabilityTag> tags, Map<VulnerabilityTag, Integer> committee) {
		return tags.stream().mapToInt(t -> committee.getOrDefault(t, defaultEvery(t))).min().orElse(OTHERS);
	}

	/** The same rule in SQL, over the tag column {@code t} and the committee's interval column {@code every}. */
	static String everySql(String tag, String every) {
		return "coalesce(" + every + ", case when " + tag + " in ('LIVING_ALONE_ELDERLY', 'AGED_80_PLUS') then "
				+ DAILY + " else " + OTHERS + " end)";
	}
}
