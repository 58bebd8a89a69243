package org.lifeline.medical.routing;

import java.time.LocalDate;

import org.lifeline.residents.MedicalProfile;

/** What a rule may ask of the resident's medical profile. A negative test is never among them. */
public enum ProfileCondition {

	ANY, HAS_DIALYSIS_HOSPITAL, HAS_ONCOLOGY_HOSPITAL, PREGNANT;

	/** How long after the due date a resident still counts as pregnant (puerperium). */
	static final int DAYS_AFTER_DUE = 42;

	public boolean holds(MedicalProfile profile, LocalDate today) {
		return switch (this) {
			case ANY -> true;
			case HAS_DIALYSIS_HOSPITAL -> profile.dialysisHospitalCode() != null;
			case HAS_ONCOLOGY_HOSPITAL -> profile.oncologyHospitalCode() != null;
			case PREGNANT -> profile.pregnancyDueDate() != null
					&& !profile.pregnancyDueDate().plusDays(DAYS_AFTER_DUE).isBefore(today);
		};
	}
}
