package org.lifeline.residents;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-character PRC resident identity number (GB 11643-1999): 6 digits of region, 8 of birth date, 3 of
 * sequence (odd for men), and an ISO 7064 MOD 11-2 check character.
 */
public final class PrcIdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private PrcIdNumber() {
	}

	/** Why the number is not a valid PRC ID number, or empty when it is. */
	public static Optional<String> problem(String number, LocalDate today) {
		return refusal(number, today).map(FieldProblem::reason);
	}

	/** Why the number is not a valid PRC ID number, as the {@code id_number} field's problem; empty when it is. */
	public static Optional<FieldProblem> refusal(String number, LocalDate today) {
		if (number == null || !number.matches("\\d{17}[\\dXx]")) {
			return Optional.of(idNumber("a resident ID number has 17 digits and a final digit or X", "shape"));
		}
		if (Character.toUpperCase(number.charAt(17)) != checkCharacter(number)) {
			return Optional.of(idNumber("the check digit is wrong (mistyped number?)", "checkDigit"));
		}
		Optional<LocalDate> birth = birthDate(number);
		if (birth.isEmpty()) {
			return Optional.of(idNumber("the birth date inside the number (digits 7-14) is not a real date", "noDate"));
		}
		if (birth.get().isAfter(today) || birth.get().isBefore(LocalDate.of(1880, 1, 1))) {
			return Optional.of(idNumber("the birth date inside the number (" + birth.get() + ") is impossible",
					"impossibleDate", String.valueOf(birth.get())));
		}
		return Optional.empty();
	}

	private static FieldProblem idNumber(String reason, String key, Object... arguments) {
		return new FieldProblem("id_number", reason, "problem.residents.idNumber." + key, arguments);
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	public static Optional<LocalDate> birthDate(String number) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
					Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
		}
		catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
			return Optional.empty();
		}
	}

	/** Sex encoded by the 17th digit: odd for men, even for women. */
	public static Sex sex(String number) {
		return (number.charAt(16) - '0') % 2 == 1 ? Sex.M : Sex.F;
	}
}
