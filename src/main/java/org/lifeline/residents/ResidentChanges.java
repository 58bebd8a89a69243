package org.lifeline.residents;

import java.time.LocalDate;
import java.util.Set;

/** The full new state of a resident's own fields after a change. */
record ResidentChanges(String name, IdDocumentType idType, String idNumber, String phone, LocalDate birthDate, Sex sex,
		Set<VulnerabilityTag> tags, MedicalProfile medicalProfile) {

	static ResidentChanges of(ResidentView current) {
		return new ResidentChanges(current.name(), current.idType(), current.idNumber(), current.phone(),
				current.birthDate(), current.sex(), Set.copyOf(current.tags()), current.medicalProfile());
	}

	NewResident asNew(long householdId) {
		return new NewResident(householdId, null, null, null, name, idType, idNumber, phone, birthDate, sex, tags,
				medicalProfile);
	}
}
