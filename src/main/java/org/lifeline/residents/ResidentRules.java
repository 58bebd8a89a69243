package org.lifeline.residents;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The checks a resident record must pass, shared by registration, changes and imports. */
final class ResidentRules {

	private ResidentRules() {
	}

	static void checkName(String name, List<FieldProblem> problems) {
		if (name == null || name.isEmpty()) {
			problems.add(new FieldProblem("name", "the name is missing", "problem.residents.nameMissing"));
		}
		else if (name.length() > 50) {
			problems.add(new FieldProblem("name", "the name is longer than 50 characters", "problem.residents.nameLong"));
		}
	}

	static void checkDocument(IdDocumentType type, String number, LocalDate birthDate, Sex sex, LocalDate today,
			List<FieldProblem> problems) {
		if (type == null) {
			problems.add(new FieldProblem("id_type", "the ID document type is missing or unknown",
					"problem.residents.idType"));
		}
		if (number == null || number.isEmpty()) {
			problems.add(new FieldProblem("id_number", "the ID number is missing", "problem.residents.idNumberMissing"));
		}
		else if (type == IdDocumentType.RESIDENT_ID) {
			Optional<FieldProblem> problem = PrcIdNumber.refusal(number, today);
			problem.ifPresent(problems::add);
			if (problem.isEmpty()) {
				LocalDate embedded = PrcIdNumber.birthDate(number).orElseThrow();
				if (birthDate != null && !birthDate.equals(embedded)) {
					problems.add(new FieldProblem("birth_date",
							"the birth date " + birthDate + " differs from the one in the ID number (" + embedded + ")",
							"problem.residents.birthDateDiffers", String.valueOf(birthDate), String.valueOf(embedded)));
				}
				if (sex != null && sex != PrcIdNumber.sex(number)) {
					problems.add(new FieldProblem("sex", "the sex differs from the one in the ID number",
							"problem.residents.sexDiffers"));
				}
			}
		}
		else if (!number.matches("[A-Za-z0-9-]{5,32}")) {
			problems.add(new FieldProblem("id_number", "the document number must be 5-32 letters or digits",
					"problem.residents.documentNumber"));
		}
		if (birthDate == null) {
			problems.add(new FieldProblem("birth_date", "the birth date is missing or not a date (use 1980-03-15)",
					"problem.residents.birthDateMissing"));
		}
		else if (birthDate.isAfter(today)) {
			problems.add(new FieldProblem("birth_date", "the birth date lies in the future", "problem.residents.birthDateFuture"));
		}
		if (sex == null) {
			problems.add(new FieldProblem("sex", "the sex is missing (use 男/女 or M/F)", "problem.residents.sexMissing"));
		}
	}

	static void checkPhone(String phone, List<FieldProblem> problems) {
		if (phone != null && !phone.matches("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|\\d{8}")) {
			problems.add(new FieldProblem("phone", "the phone number is not an 11-digit mobile or a landline",
					"problem.residents.phone"));
		}
	}

	/** The JSON field name for an import column name. */
	static String jsonName(String column) {
		StringBuilder out = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				out.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return out.toString();
	}
}
