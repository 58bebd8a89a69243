package org.lifeline.demo;

import java.time.LocalDate;

import org.lifeline.residents.PrcIdNumber;
import org.lifeline.residents.Sex;

/**
 * Unique identity numbers and phones for the residents of one district. A resident ID takes the district code as
 * its region and the birth date as written; the three-digit sequence counts up per birth date and sex (odd for
 * men), so no two residents share a number. When a date's 500 numbers of one sex are used up, the birth date moves
 * a day earlier. Phones and permit numbers are a one-to-one scramble of the resident's place in the city.
 */
final class DocumentNumbers {

	private static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);

	private static final String[] MOBILE_PREFIXES = { "139", "138", "137", "136", "135", "158", "159", "186", "189",
			"133", "177", "180", "150", "151", "152", "187", "188", "199", "153", "181" };

	private final String region;

	private final short[] used;

	private final long scramble;

	DocumentNumbers(String districtCode, LocalDate today, long seed) {
		this.region = districtCode;
		this.used = new short[2 * (int) (today.toEpochDay() - EPOCH.toEpochDay() + 1)];
		this.scramble = Math.floorMod(seed * 7_919L, 100_000_000L);
	}

	/** The birth date actually used (moved earlier only when its numbers ran out) and the number. */
	Issued residentId(LocalDate birthDate, Sex sex) {
		LocalDate date = birthDate;
		int slot;
		while (true) {
			slot = 2 * (int) (date.toEpochDay() - EPOCH.toEpochDay()) + (sex == Sex.M ? 1 : 0);
			if (used[slot] < 500) {
				break;
			}
			date = date.minusDays(1);
		}
		int order = (used[slot]++ + slot * 37) % 500;
		int sequence = sex == Sex.M ? 2 * order + 1 : 2 * order + 2;
		char[] id = new char[18];
		region.getChars(0, 6, id, 0);
		put(id, 6, date.getYear(), 4);
		put(id, 10, date.getMonthValue(), 2);
		put(id, 12, date.getDayOfMonth(), 2);
		put(id, 14, sequence, 3);
		String first17 = new String(id, 0, 17);
		return new Issued(date, first17 + PrcIdNumber.checkCharacter(first17));
	}

	/** An 11-digit mobile number, different for every place in the city below 2 billion. */
	String mobile(long place) {
		String prefix = MOBILE_PREFIXES[(int) (place % MOBILE_PREFIXES.length)];
		long rest = Math.floorMod(place / MOBILE_PREFIXES.length * 48_271L + scramble, 100_000_000L);
		return prefix + pad(rest, 8);
	}

	/** A Hong Kong or Macao residents' mainland travel permit number: H or M and eight digits. */
	String permit(long place) {
		long digits = Math.floorMod(place * 69_069L + scramble, 100_000_000L);
		return (place % 3 == 0 ? "M" : "H") + pad(digits, 8);
	}

	private static String pad(long value, int width) {
		String digits = Long.toString(value);
		return "0".repeat(Math.max(0, width - digits.length())) + digits;
	}

	private static void put(char[] target, int at, int value, int width) {
		for (int i = width - 1; i >= 0; i--) {
			target[at + i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	/** A resident ID number and the birth date it encodes. */
	record Issued(LocalDate birthDate, String number) {
	}
}
