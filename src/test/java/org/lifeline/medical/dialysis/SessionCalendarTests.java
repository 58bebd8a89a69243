package org.lifeline.medical.dialysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lifeline.medical.dialysis.SessionCalendar.Hospital;
import org.lifeline.medical.dialysis.SessionCalendar.HospitalDay;
import org.lifeline.medical.dialysis.SessionCalendar.NewSession;
import org.lifeline.medical.dialysis.SessionCalendar.ScheduleDay;
import org.lifeline.medical.dialysis.SessionCalendar.Standing;

/** Which days a standing dialysis schedule gives sessions, and what a full or closed hospital does to them. */
class SessionCalendarTests {

	private static final LocalDate MONDAY = LocalDate.of(2022, 4, 11);

	private static final Set<DayOfWeek> MON_WED_FRI = Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

	private static Standing standing(long id, String hospital, LocalTime slot) {
		return new Standing(id, hospital, MON_WED_FRI, slot, MONDAY.minusDays(30), null);
	}

	@Test
	void monWedFriGivesThreeSessionsAWeekOnThoseDays() {
		List<NewSession> sessions = SessionCalendar.plan(List.of(standing(1, "H1", LocalTime.of(7, 30))),
				Map.of("H1", new Hospital("H1", true, 30)), Map.of(), Set.of(), MONDAY, MONDAY.plusDays(13));
		assertThat(sessions).hasSize(6).allMatch(s -> s.status() == SessionStatus.PLANNED);
		assertThat(sessions).extracting(s -> s.day().getDayOfWeek())
			.containsOnly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
		assertThat(sessions.get(0).day()).isEqualTo(MONDAY);
		assertThat(sessions.get(0).slot()).isEqualTo(LocalTime.of(7, 30));
	}

	@Test
	void aScheduleRunsOnlyBetweenItsStartAndEnd() {
		Standing later = new Standing(1, "H1", MON_WED_FRI, LocalTime.of(8, 0), MONDAY.plusDays(2), MONDAY.plusDays(7));
		List<NewSession> sessions = SessionCalendar.plan(List.of(later), Map.of("H1", new Hospital("H1", true, null)),
				Map.of(), Set.of(), MONDAY, MONDAY.plusDays(13));
		assertThat(sessions).extracting(NewSession::day)
			.containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(4), MONDAY.plusDays(7));
	}

	@Test
	void daysThatAlreadyHaveASessionAreLeftAlone() {
		List<NewSession> sessions = SessionCalendar.plan(List.of(standing(1, "H1", LocalTime.of(7, 30))),
				Map.of("H1", new Hospital("H1", true, 30)), Map.of(), Set.of(new ScheduleDay(1, MONDAY)), MONDAY,
				MONDAY.plusDays(4));
		assertThat(sessions).extracting(NewSession::day).containsExactly(MONDAY.plusDays(2), MONDAY.plusDays(4));
	}

	@Test
	void whenTheDailySlotsAreTakenTheLaterSlotIsFlaggedFull() {
		List<NewSession> sessions = SessionCalendar.plan(
				List.of(standing(2, "H1", LocalTime.of(13, 0)), standing(1, "H1", LocalTime.of(13, 0)),
						standing(3, "H1", LocalTime.of(7, 0))),
				Map.of("H1", new Hospital("H1", true, 3)), Map.of(new HospitalDay("H1", MONDAY), 1), Set.of(), MONDAY,
				MONDAY);
		assertThat(sessions).extracting(NewSession::scheduleId, NewSession::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, SessionStatus.PLANNED),
					org.assertj.core.groups.Tuple.tuple(1L, SessionStatus.PLANNED),
					org.assertj.core.groups.Tuple.tuple(2L, SessionStatus.HOSPITAL_FULL));
	}

	@Test
	void aClosedHospitalFlagsEverySessionForTheTaskForce() {
		List<NewSession> sessions = SessionCalendar.plan(
				List.of(standing(1, "H1", LocalTime.of(7, 30)), standing(2, "H2", LocalTime.of(7, 30))),
				Map.of("H1", new Hospital("H1", false, 30), "H2", new Hospital("H2", true, 30)), Map.of(), Set.of(),
				MONDAY, MONDAY);
		assertThat(sessions).extracting(NewSession::hospitalCode, NewSession::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("H1", SessionStatus.HOSPITAL_CLOSED),
					org.assertj.core.groups.Tuple.tuple("H2", SessionStatus.PLANNED));
	}
}
