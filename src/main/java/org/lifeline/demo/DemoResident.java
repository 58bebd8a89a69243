package org.lifeline.demo;

import java.time.LocalDate;
import java.util.List;

import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.Sex;

/** One generated resident, as it goes into a row of the resident table. */
record DemoResident(String name, IdDocumentType idType, String idNumber, String phone, LocalDate birthDate, Sex sex,
		CareNeeds.Care care) {
}
