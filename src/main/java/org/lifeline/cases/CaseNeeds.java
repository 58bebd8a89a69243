package org.lifeline.cases;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;

/**
 * The admission-class facts of a positive (分类收治), read from the resident's record: aged 60+ with an
 * underlying disease, pregnant, on dialysis, a child under 14.
 */
public final class CaseNeeds {

	public static final String ELDERLY_WITH_CONDITIONS = "ELDERLY_WITH_CONDITIONS";

	public static final String PREGNANT = "PREGNANT";

	public static final String DIALYSIS = "DIALYSIS";

	public static final String CHILD = "CHILD";

	/** Tags that count as an underlying disease for a resident aged 60 or more. */
	static final Set<VulnerabilityTag> UNDERLYING_DISEASE = EnumSet.of(VulnerabilityTag.SERIOUSLY_ILL,
			VulnerabilityTag.DIALYSIS, VulnerabilityTag.CHEMO_RADIOTHERAPY, VulnerabilityTag.LONG_TERM_MEDICATION,
			VulnerabilityTag.DISABLED);

	private CaseNeeds() {
	}

	/** The needs of this resident on this day, in a stable order. */
	static Set<String> of(ResidentView resident, LocalDate on) {
		Set<String> needs = new LinkedHashSet<>();
		int age = resident.ageOn(on);
		boolean disease = resident.tags().stream().anyMatch(UNDERLYING_DISEASE::contains)
				|| !resident.medicalProfile().longTermMedicines().isEmpty();
		if (age >= 60 && disease) {
			needs.add(ELDERLY_WITH_CONDITIONS);
		}
		LocalDate due = resident.medicalProfile().pregnancyDueDate();
		if (resident.tags().contains(VulnerabilityTag.PREGNANT) || (due != null && !due.isBefore(on))) {
			needs.add(PREGNANT);
		}
		if (resident.tags().contains(VulnerabilityTag.DIALYSIS) || resident.medicalProfile().dialysisHospitalCode() != null) {
			needs.add(DIALYSIS);
		}
		if (age < 14) {
			needs.add(CHILD);
		}
		return needs;
	}
}
