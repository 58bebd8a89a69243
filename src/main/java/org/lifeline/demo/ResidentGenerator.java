package org.lifeline.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.Sex;

/**
 * Makes the people of one district's households: names, ages and sexes after the census, unique identity numbers
 * and phones, and their care needs. A household shares a family name more often than not; a few adults hold a
 * Hong Kong or Macao permit instead of a resident ID.
 */
final class ResidentGenerator {

	private static final AgePyramid PYRAMID = new AgePyramid(2.325);

	private final DocumentNumbers numbers;

	private final CareNeeds care;

	private final LocalDate today;

	ResidentGenerator(String districtCode, LocalDate today, long seed, CareNeeds care) {
		this.numbers = new DocumentNumbers(districtCode, today, seed);
		this.care = care;
		this.today = today;
	}

	/**
	 * The members of one household, head first.
	 * @param firstPlace the place in the city of the first member, which makes phones unique
	 */
	List<DemoResident> household(int size, long firstPlace, SplittableRandom random) {
		String family = ChineseNames.surname(random);
		boolean lowIncome = random.nextDouble() < 0.015;
		List<DemoResident> members = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			int age = i == 0 ? PYRAMID.headAge(random) : PYRAMID.memberAge(random);
			Sex sex = AgePyramid.sex(age, random);
			String surname = i == 0 || random.nextInt(10) < 6 ? family : ChineseNames.surname(random);
			members.add(person(surname + ChineseNames.given(sex, random), age, sex, size, lowIncome, firstPlace + i,
					random));
		}
		return members;
	}

	private DemoResident person(String name, int age, Sex sex, int householdSize, boolean lowIncome, long place,
			SplittableRandom random) {
		LocalDate birth = today.minusYears(age + 1L).plusDays(1 + random.nextInt(365));
		DocumentNumbers.Issued issued = numbers.residentId(birth, sex);
		if (!issued.birthDate().equals(birth)) {
			birth = issued.birthDate();
			age = Period.between(birth, today).getYears();
		}
		String phone = age < 12 || (age >= 85 && random.nextInt(10) < 3) ? null : numbers.mobile(place);
		CareNeeds.Care needs = care.assess(age, sex, householdSize, lowIncome, random);
		if (age >= 20 && age < 65 && random.nextInt(500) == 0) {
			return new DemoResident(name, IdDocumentType.HK_MACAO_PERMIT, numbers.permit(place), phone, birth, sex, needs);
		}
		return new DemoResident(name, IdDocumentType.RESIDENT_ID, issued.number(), phone, birth, sex, needs);
	}
}
