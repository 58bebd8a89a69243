package org.lifeline.medical.dialysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out the dialysis sessions of a date range from standing schedules: each schedule gets a session on each of
 * its weekdays within its start and end, unless that day already has one. A day at a closed hospital is flagged
 * HOSPITAL_CLOSED; a day when the hospital's daily dialysis slots are already taken is flagged HOSPITAL_FULL. Slots
 * go day by day to the earliest slot time first, then to the older schedule, so the result never depends on the
 * order the schedules were read in.
 */
final class SessionCalendar {

	private SessionCalendar() {
	}

	static List<NewSession> plan(List<Standing> schedules, Map<String, Hospital> hospitals, Map<HospitalDay, Integer> taken,
			Set<ScheduleDay> existing, LocalDate from, LocalDate to) {
		List<Standing> ordered = schedules.stream()
			.sorted(Comparator.comparing(Standing::slot).thenComparingLong(Standing::id))
			.toList();
		Map<HospitalDay, Integer> used = new HashMap<>(taken);
		List<NewSession> out = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			for (Standing schedule : ordered) {
				if (!schedule.runsOn(day) || existing.contains(new ScheduleDay(schedule.id(), day))) {
					continue;
				}
				out.add(new NewSession(schedule.id(), day, schedule.hospitalCode(), schedule.slot(),
						status(hospitals.get(schedule.hospitalCode()), new HospitalDay(schedule.hospitalCode(), day), used)));
			}
		}
		return out;
	}

	private static SessionStatus status(Hospital hospital, HospitalDay day, Map<HospitalDay, Integer> used) {
		if (hospital == null || !hospital.open()) {
			return SessionStatus.HOSPITAL_CLOSED;
		}
		int taken = used.getOrDefault(day, 0);
		if (hospital.dialysisSlots() != null && taken >= hospital.dialysisSlots()) {
			return SessionStatus.HOSPITAL_FULL;
		}
		used.put(day, taken + 1);
		return SessionStatus.PLANNED;
	}

	/** A standing schedule as the calendar needs it. */
	record Standing(long id, String hospitalCode, Set<DayOfWeek> weekdays, LocalTime slot, LocalDate startsOn,
			LocalDate endsOn) {

		boolean runsOn(LocalDate day) {
			return weekdays.contains(day.getDayOfWeek()) && !day.isBefore(startsOn)
					&& (endsOn == null || !day.isAfter(endsOn));
		}
	}

	/** Whether a hospital is open and how many dialysis sessions it takes a day (null: no limit known). */
	record Hospital(String code, boolean open, Integer dialysisSlots) {
	}

	record HospitalDay(String hospitalCode, LocalDate day) {
	}

	record ScheduleDay(long scheduleId, LocalDate day) {
	}

	/** A session to write. */
	record NewSession(long scheduleId, LocalDate day, String hospitalCode, LocalTime slot, SessionStatus status) {
	}
}
