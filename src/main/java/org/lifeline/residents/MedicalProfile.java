package org.lifeline.residents;

import java.time.LocalDate;
import java.util.List;

/**
 * What medical routing needs to know about a resident: their own dialysis and oncology hospitals, a pregnancy
 * due date, and long-term medicines.
 */
public record MedicalProfile(String dialysisHospitalCode, String oncologyHospitalCode, LocalDate pregnancyDueDate,
		List<String> longTermMedicines) {

	public static final MedicalProfile NONE = new MedicalProfile(null, null, null, List.of());

	public MedicalProfile {
		longTermMedicines = longTermMedicines == null ? List.of() : List.copyOf(longTermMedicines);
	}
}
