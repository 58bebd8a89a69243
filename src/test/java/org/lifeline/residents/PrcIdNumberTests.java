package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PrcIdNumberTests {

	private static final LocalDate TODAY = LocalDate.of(2022, 4, 15);

	@Test
	void acceptsANumberWithTheRightCheckCharacter() {
		assertThat(PrcIdNumber.problem("11010519491231002X", TODAY)).isEmpty();
		assertThat(PrcIdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
		assertThat(PrcIdNumber.sex("11010519491231002X")).isEqualTo(Sex.F);
	}

	@Test
	void refusesAWrongCheckCharacterWithAReasonAClerkUnderstands() {
		assertThat(PrcIdNumber.problem("110105194912310021", TODAY)).hasValueSatisfying(
				reason -> assertThat(reason).contains("check digit"));
	}

	@Test
	void refusesImpossibleBirthDates() {
		String first17 = "31011220230230123";
		assertThat(PrcIdNumber.problem(first17 + PrcIdNumber.checkCharacter(first17), TODAY))
			.hasValueSatisfying(reason -> assertThat(reason).contains("not a real date"));
		String future = "31011220250101123";
		assertThat(PrcIdNumber.problem(future + PrcIdNumber.checkCharacter(future), TODAY))
			.hasValueSatisfying(reason -> assertThat(reason).contains("impossible"));
	}

	@Test
	void refusesWrongShapes() {
		assertThat(PrcIdNumber.problem("12345", TODAY)).isPresent();
		assertThat(PrcIdNumber.problem(null, TODAY)).isPresent();
	}

	@Test
	void aResidentWhoseBirthDateOrSexDiffersFromTheNumberIsRefused() {
		NewResident resident = new NewResident(null, "P1", "1", "101", "王芳", IdDocumentType.RESIDENT_ID,
				"11010519491231002X", null, LocalDate.of(1950, 1, 1), Sex.M, null, null);
		assertThat(resident.problems(TODAY)).extracting(FieldProblem::field).contains("birth_date", "sex");
	}
}
