package org.lifeline.residents;

import java.time.LocalDate;
import java.util.List;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/** A resident as pages and the API show them, with where they live; ID number and phone are personal data. */
public record ResidentView(long id, String name, IdDocumentType idType, @PersonalData(Kind.ID_NUMBER) String idNumber,
		@PersonalData(Kind.PHONE) String phone,
		LocalDate birthDate, Sex sex, long householdId, String room, String buildingCode, String compoundCode,
		String compoundName, String committeeCode, String address, List<VulnerabilityTag> tags,
		MedicalProfile medicalProfile) {

	public int ageOn(LocalDate day) {
		return java.time.Period.between(birthDate, day).getYears();
	}
}
