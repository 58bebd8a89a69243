package org.lifeline.residents;

import java.time.LocalDate;
import java.util.List;

/** A resident as pages and the API show them, with where they live. */
public record ResidentView(long id, String name, IdDocumentType idType, String idNumber, String phone,
		LocalDate birthDate, Sex sex, long householdId, String room, String buildingCode, String compoundCode,
		String compoundName, String committeeCode, String address, List<VulnerabilityTag> tags,
		MedicalProfile medicalProfile) {

	public int ageOn(LocalDate day) {
		return java.time.Period.between(birthDate, day).getYears();
	}
}
