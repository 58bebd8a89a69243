package org.lifeline.isolation.allocation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The admission rules by rank; a case follows the rule of its lowest-ranked need, else the rule for everyone. */
final class AdmissionRules {

	private final List<AdmissionRule> byRank;

	private final AdmissionRule everyone;

	AdmissionRules(List<AdmissionRule> rules) {
		this.byRank = rules.stream().sorted(Comparator.comparingInt(AdmissionRule::rank)).toList();
		this.everyone = rules.stream().filter(r -> AdmissionRule.NONE.equals(r.need())).findFirst().orElse(null);
	}

	/** The rule for a case with these needs, or null when none applies (no rule for everyone). */
	AdmissionRule of(Set<String> needs) {
		return byRank.stream().filter(r -> needs.contains(r.need())).findFirst().orElse(everyone);
	}
}
