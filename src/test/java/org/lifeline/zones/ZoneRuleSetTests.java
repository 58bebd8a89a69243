package org.lifeline.zones;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The rule-set arithmetic: day 0, the clean days, each zone's end and the expected release, per variant. */
class ZoneRuleSetTests {

	static final ZoneRuleSet APRIL = new ZoneRuleSet("SHANGHAI_2022_04_11", "4月11日", "11 April", 7, 7, false, false,
			true);

	static final ZoneRuleSet MAY = new ZoneRuleSet("SHANGHAI_2022_05_16", "5月16日", "16 May", 7, 3, false, false, false);

	static final ZoneRuleSet JUNE = new ZoneRuleSet("SHANGHAI_2022_06_RISK", "6月", "June", 14, 7, true, true, false);

	static final LocalDate APRIL_12 = LocalDate.of(2022, 4, 12);

	@Test
	void aprilRulesSealSevenDaysThenControlSevenMoreThenRelease() {
		assertThat(APRIL.zoneOn(APRIL_12, APRIL_12)).isEqualTo(Zone.SEALED);
		assertThat(APRIL.zoneOn(APRIL_12, LocalDate.of(2022, 4, 18))).isEqualTo(Zone.SEALED);
		assertThat(APRIL.zoneOn(APRIL_12, LocalDate.of(2022, 4, 19))).isEqualTo(Zone.CONTROLLED);
		assertThat(APRIL.zoneOn(APRIL_12, LocalDate.of(2022, 4, 25))).isEqualTo(Zone.CONTROLLED);
		assertThat(APRIL.zoneOn(APRIL_12, LocalDate.of(2022, 4, 26))).isEqualTo(Zone.PRECAUTION);
		assertThat(APRIL.sealedUntil(APRIL_12)).isEqualTo(LocalDate.of(2022, 4, 19));
		assertThat(APRIL.expectedRelease(APRIL_12)).isEqualTo(LocalDate.of(2022, 4, 26));
	}

	@Test
	void aNewPositiveRestartsTheClock() {
		LocalDate again = LocalDate.of(2022, 4, 20);
		assertThat(APRIL.zoneOn(APRIL_12, again)).isEqualTo(Zone.CONTROLLED);
		assertThat(APRIL.zoneOn(again, again)).isEqualTo(Zone.SEALED);
		assertThat(APRIL.expectedRelease(again)).isEqualTo(LocalDate.of(2022, 5, 4));
		assertThat(ZoneRuleSet.cleanDays(again, LocalDate.of(2022, 4, 27))).isEqualTo(7);
	}

	@Test
	void aUnitThatNeverHadAPositiveIsInPrecautionWithNoReleaseDate() {
		assertThat(APRIL.zoneOn(null, APRIL_12)).isEqualTo(Zone.PRECAUTION);
		assertThat(APRIL.expectedRelease(null)).isNull();
		assertThat(APRIL.next(Zone.PRECAUTION, null, APRIL_12, true, false)).isEqualTo(Zone.PRECAUTION);
	}

	@Test
	void mayVariantControlsThreeDaysAfterSevenCleanDays() {
		LocalDate may1 = LocalDate.of(2022, 5, 1);
		assertThat(MAY.zoneOn(may1, LocalDate.of(2022, 5, 7))).isEqualTo(Zone.SEALED);
		assertThat(MAY.zoneOn(may1, LocalDate.of(2022, 5, 8))).isEqualTo(Zone.CONTROLLED);
		assertThat(MAY.zoneOn(may1, LocalDate.of(2022, 5, 10))).isEqualTo(Zone.CONTROLLED);
		assertThat(MAY.zoneOn(may1, LocalDate.of(2022, 5, 11))).isEqualTo(Zone.PRECAUTION);
		assertThat(MAY.expectedRelease(may1)).isEqualTo(LocalDate.of(2022, 5, 11));
	}

	@Test
	void juneRiskAreasCloseFourteenDaysThenSevenAndSealBuildingsNotCompounds() {
		LocalDate june1 = LocalDate.of(2022, 6, 1);
		assertThat(JUNE.zoneOn(june1, LocalDate.of(2022, 6, 14))).isEqualTo(Zone.SEALED);
		assertThat(JUNE.zoneOn(june1, LocalDate.of(2022, 6, 15))).isEqualTo(Zone.CONTROLLED);
		assertThat(JUNE.zoneOn(june1, LocalDate.of(2022, 6, 21))).isEqualTo(Zone.CONTROLLED);
		assertThat(JUNE.zoneOn(june1, LocalDate.of(2022, 6, 22))).isEqualTo(Zone.PRECAUTION);
		assertThat(JUNE.expectedRelease(june1)).isEqualTo(LocalDate.of(2022, 6, 22));
		assertThat(JUNE.compoundZoneOn(june1, june1)).isEqualTo(Zone.CONTROLLED);
		assertThat(APRIL.compoundZoneOn(june1, june1)).isEqualTo(Zone.SEALED);
	}

	@Test
	void aDowngradeWaitsForAClearScreeningWhereTheRuleSetRequiresOne() {
		LocalDate june1 = LocalDate.of(2022, 6, 1);
		LocalDate june15 = LocalDate.of(2022, 6, 15);
		assertThat(JUNE.next(Zone.SEALED, june1, june15, false, false)).isEqualTo(Zone.SEALED);
		assertThat(JUNE.next(Zone.SEALED, june1, june15, false, true)).isEqualTo(Zone.CONTROLLED);
		assertThat(JUNE.next(Zone.PRECAUTION, june15, june15, false, false)).isEqualTo(Zone.SEALED);
		assertThat(APRIL.next(Zone.SEALED, APRIL_12, LocalDate.of(2022, 4, 19), true, false))
			.isEqualTo(Zone.CONTROLLED);
	}
}
