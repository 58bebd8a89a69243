package org.lifeline.residents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.InvalidInputException;

/**
 * A resident to register, placed either in an existing household ({@code householdId}) or by compound code,
 * building number and room (building and household are created as needed).
 */
public record NewResident(Long householdId, String compoundCode, String building, String room, String name,
		IdDocumentType idType, String idNumber, String phone, LocalDate birthDate, Sex sex, Set<VulnerabilityTag> tags,
		MedicalProfile medicalProfile) {

	public NewResident {
		tags = tags == null ? Set.of() : Set.copyOf(tags);
		medicalProfile = medicalProfile == null ? MedicalProfile.NONE : medicalProfile;
		name = name == null ? null : name.trim();
		idNumber = idNumber == null ? null : idNumber.trim().toUpperCase();
		phone = phone == null || phone.isBlank() ? null : phone.trim();
		room = room == null ? null : room.trim();
		building = building == null ? null : building.trim();
		compoundCode = compoundCode == null ? null : compoundCode.trim();
	}

	/** Everything wrong with this record, empty when it can be registered. */
	public List<FieldProblem> problems(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (householdId == null) {
			if (compoundCode == null || compoundCode.isEmpty()) {
				problems.add(new FieldProblem("compound_code", "the compound code is missing",
						"problem.residents.compoundMissing"));
			}
			if (building == null || !building.matches("[A-Za-z0-9-]{1,8}")) {
				problems.add(new FieldProblem("building", "the building number must be 1-8 letters or digits",
						"problem.residents.building"));
			}
			if (room == null || !room.matches("[A-Za-z0-9-]{1,20}")) {
				problems.add(new FieldProblem("room", "the room number must be 1-20 letters or digits",
						"problem.residents.room"));
			}
		}
		ResidentRules.checkName(name, problems);
		ResidentRules.checkDocument(idType, idNumber, birthDate, sex, today, problems);
		ResidentRules.checkPhone(phone, problems);
		return problems;
	}

	/** Throws the first problem as a 400 naming its field. */
	public void requireValid(LocalDate today) {
		List<FieldProblem> problems = problems(today);
		if (!problems.isEmpty()) {
			FieldProblem first = problems.get(0);
			throw new InvalidInputException(ResidentRules.jsonName(first.field()), first.reason(), first.key(),
					first.arguments());
		}
	}
}
