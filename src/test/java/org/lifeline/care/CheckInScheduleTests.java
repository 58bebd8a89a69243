package org.lifeline.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lifeline.residents.VulnerabilityTag;

class CheckInScheduleTests {

	@Test
	void theLivingAloneAndThe80PlusDailyOthersEveryTwoDays() {
		assertThat(CheckInSchedule.every(List.of(VulnerabilityTag.LIVING_ALONE_ELDERLY), Map.of())).isEqualTo(1);
		assertThat(CheckInSchedule.every(List.of(VulnerabilityTag.AGED_80_PLUS), Map.of())).isEqualTo(1);
		assertThat(CheckInSchedule.every(List.of(VulnerabilityTag.PREGNANT), Map.of())).isEqualTo(2);
	}

	@Test
	void theMostFrequentTagWinsAndTheCommitteeMayChangeATag() {
		assertThat(CheckInSchedule.every(List.of(VulnerabilityTag.DISABLED, VulnerabilityTag.AGED_80_PLUS), Map.of()))
			.isEqualTo(1);
		assertThat(CheckInSchedule.every(List.of(VulnerabilityTag.LOW_INCOME), Map.of(VulnerabilityTag.LOW_INCOME, 7)))
			.isEqualTo(7);
		assertThat(CheckInSchedule.every(List.of(VulnerabilityTag.DIALYSIS), Map.of(VulnerabilityTag.DIALYSIS, 1)))
			.isEqualTo(1);
	}

	@Test
	void aNeedIsPrefilledWithTheLikeliestCategory() {
		assertThat(HelpPrefill.category(List.of(VulnerabilityTag.DIALYSIS))).isEqualTo("MEDICAL");
		assertThat(HelpPrefill.category(List.of(VulnerabilityTag.LONG_TERM_MEDICATION))).isEqualTo("MEDICINE");
		assertThat(HelpPrefill.category(List.of(VulnerabilityTag.STUDENT_WITH_EXAM))).isEqualTo("EXAM");
		assertThat(HelpPrefill.category(List.of(VulnerabilityTag.LIVING_ALONE_ELDERLY))).isEqualTo("FOOD");
		assertThat(HelpPrefill.description("米没了")).contains("米没了");
	}
}
