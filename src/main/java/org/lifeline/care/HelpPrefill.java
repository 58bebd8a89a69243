package org.lifeline.care;

import java.util.Collection;

import org.lifeline.residents.VulnerabilityTag;

/**
 * What the one-tap request of a check-in that found a need is prefilled with: the category the resident's tags
 * make likeliest (treatment for the seriously ill, dialysis, chemotherapy and pregnancy; medicine for long-term
 * medication; the exam for students; food otherwise) and a description naming the check-in.
 */
final class HelpPrefill {

	private HelpPrefill() {
	}

	static String category(Collection<VulnerabilityTag> tags) {
		if (tags.contains(VulnerabilityTag.DIALYSIS) || tags.contains(VulnerabilityTag.CHEMO_RADIOTHERAPY)
				|| tags.contains(VulnerabilityTag.SERIOUSLY_ILL) || tags.contains(VulnerabilityTag.PREGNANT)) {
			return "MEDICAL";
		}
		if (tags.contains(VulnerabilityTag.LONG_TERM_MEDICATION)) {
			return "MEDICINE";
		}
		if (tags.contains(VulnerabilityTag.STUDENT_WITH_EXAM)) {
			return "EXAM";
		}
		return "FOOD";
	}

	static String description(String note) {
		return "一日一问：需要帮助" + (note == null || note.isBlank() ? "" : "——" + note.trim());
	}
}
