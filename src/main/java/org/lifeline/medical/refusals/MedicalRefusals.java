package org.lifeline.medical.refusals;

import org.lifeline.shared.InvalidInputException;

/**
 * Refusals the medical desks meet in several places (an unknown resident or hospital, a text over its length, a
 * negative capacity), each said by message key so a dispatcher reads it in the page's or caller's language.
 */
public final class MedicalRefusals {

	private MedicalRefusals() {
	}

	/** The resident number names no resident the caller may see. */
	public static InvalidInputException unknownResident(Object residentId) {
		return new InvalidInputException("residentId", "resident " + residentId + " not found",
				"problem.medical.unknownResident", String.valueOf(residentId));
	}

	/** The hospital code names no hospital. */
	public static InvalidInputException unknownHospital(String code) {
		return new InvalidInputException("hospitalCode", "hospital " + code + " not found",
				"problem.medical.unknownHospital", code);
	}

	/** The text of {@code field} (note, reason, address, description) is over {@code max} characters. */
	public static InvalidInputException longerThan(String field, int max) {
		return new InvalidInputException(field, "the " + field + " is longer than " + max + " characters",
				"problem.medical." + field + "TooLong", String.valueOf(max));
	}

	/** A dialysis or obstetric capacity below zero. */
	public static InvalidInputException negativeCapacity(String field) {
		return new InvalidInputException(field, "a capacity cannot be negative", "problem.medical.negativeCapacity");
	}
}
