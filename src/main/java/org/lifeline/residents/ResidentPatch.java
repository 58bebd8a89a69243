package org.lifeline.residents;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifeline.shared.InvalidInputException;

/**
 * A partial change to a resident: only the fields present change; a present {@code null} clears an optional
 * field. Unknown fields are refused by name.
 */
public final class ResidentPatch {

	private static final Set<String> FIELDS = Set.of("name", "phone", "idType", "idNumber", "birthDate", "sex", "tags",
			"medicalProfile");

	private static final Set<String> PROFILE_FIELDS = Set.of("dialysisHospitalCode", "oncologyHospitalCode",
			"pregnancyDueDate", "longTermMedicines");

	private final Map<String, Object> fields;

	private final Map<String, Object> profile;

	private ResidentPatch(Map<String, Object> fields, Map<String, Object> profile) {
		this.fields = fields;
		this.profile = profile;
	}

	@SuppressWarnings("unchecked")
	public static ResidentPatch of(Map<String, Object> body) {
		if (body == null || body.isEmpty()) {
			throw new InvalidInputException("body", "give at least one field to change",
					"problem.residents.nothingToChange");
		}
		body.keySet().stream().filter(k -> !FIELDS.contains(k)).findFirst().ifPresent(k -> {
			throw new InvalidInputException(k, "unknown field '" + k + "'", "problem.json.unknownField", k);
		});
		Map<String, Object> profile = new LinkedHashMap<>();
		Object medical = body.get("medicalProfile");
		if (medical != null && !(medical instanceof Map)) {
			throw new InvalidInputException("medicalProfile", "medicalProfile must be an object",
					"problem.residents.profileObject");
		}
		if (medical != null) {
			profile.putAll((Map<String, Object>) medical);
			profile.keySet().stream().filter(k -> !PROFILE_FIELDS.contains(k)).findFirst().ifPresent(k -> {
				throw new InvalidInputException("medicalProfile." + k, "unknown field 'medicalProfile." + k + "'",
						"problem.json.unknownField", "medicalProfile." + k);
			});
		}
		return new ResidentPatch(body, profile);
	}

	ResidentChanges applyTo(ResidentChanges current) {
		MedicalProfile p = current.medicalProfile();
		MedicalProfile newProfile = new MedicalProfile(
				profile.containsKey("dialysisHospitalCode") ? text(profile, "dialysisHospitalCode", "medicalProfile.")
						: p.dialysisHospitalCode(),
				profile.containsKey("oncologyHospitalCode") ? text(profile, "oncologyHospitalCode", "medicalProfile.")
						: p.oncologyHospitalCode(),
				profile.containsKey("pregnancyDueDate") ? date(profile, "pregnancyDueDate", "medicalProfile.")
						: p.pregnancyDueDate(),
				profile.containsKey("longTermMedicines") ? list(profile, "longTermMedicines", "medicalProfile.")
						: p.longTermMedicines());
		return new ResidentChanges(
				fields.containsKey("name") ? text(fields, "name", "") : current.name(),
				fields.containsKey("idType") ? IdDocumentType.parse(text(fields, "idType", ""))
					.orElseThrow(() -> new InvalidInputException("idType", "unknown ID document type",
					"problem.residents.idType"))
						: current.idType(),
				fields.containsKey("idNumber") ? text(fields, "idNumber", "") : current.idNumber(),
				fields.containsKey("phone") ? text(fields, "phone", "") : current.phone(),
				fields.containsKey("birthDate") ? date(fields, "birthDate", "") : current.birthDate(),
				fields.containsKey("sex") ? Sex.parse(text(fields, "sex", ""))
					.orElseThrow(() -> new InvalidInputException("sex", "sex must be M or F",
					"problem.residents.sex")) : current.sex(),
				fields.containsKey("tags") ? tags(list(fields, "tags", "")) : current.tags(), newProfile);
	}

	private static String text(Map<String, Object> map, String key, String prefix) {
		Object value = map.get(key);
		if (value == null) {
			return null;
		}
		if (!(value instanceof String s)) {
			throw new InvalidInputException(prefix + key, prefix + key + " must be text",
					"problem.residents.text", prefix + key);
		}
		return s.isBlank() ? null : s.trim();
	}

	private static LocalDate date(Map<String, Object> map, String key, String prefix) {
		String value = text(map, key, prefix);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(prefix + key, prefix + key + " must be a date like 2022-04-15",
					"problem.residents.date", prefix + key);
		}
	}

	private static List<String> list(Map<String, Object> map, String key, String prefix) {
		Object value = map.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items) || items.stream().anyMatch(i -> !(i instanceof String))) {
			throw new InvalidInputException(prefix + key, prefix + key + " must be a list of text",
					"problem.residents.list", prefix + key);
		}
		return items.stream().map(String.class::cast).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static Set<VulnerabilityTag> tags(List<String> names) {
		Set<VulnerabilityTag> tags = EnumSet.noneOf(VulnerabilityTag.class);
		for (String name : names) {
			tags.add(VulnerabilityTag.parse(name)
				.orElseThrow(() -> new InvalidInputException("tags", "unknown vulnerability tag '" + name + "'",
				"problem.residents.tag", name)));
		}
		return tags;
	}
}
