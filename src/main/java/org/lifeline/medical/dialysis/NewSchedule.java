package org.lifeline.medical.dialysis;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;

/**
 * A standing dialysis schedule as the API and the page take it: the resident, their dialysis hospital (their own
 * when not given), weekdays (MON, WED, FRI or MONDAY…), the slot time (07:30), needs on the trip and a note.
 */
public record NewSchedule(Long residentId, String hospitalCode, List<String> weekdays, String slotTime,
		List<String> needs, String note) {

	static final int MAX_NOTE = 300;

	Set<DayOfWeek> days() {
		if (weekdays == null || weekdays.isEmpty()) {
			throw new InvalidInputException("weekdays", "give at least one weekday, e.g. MON, WED, FRI",
					"problem.medical.weekdays");
		}
		Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
		for (String day : weekdays) {
			String d = day == null ? "" : day.trim().toUpperCase(Locale.ROOT);
			out.add(java.util.Arrays.stream(DayOfWeek.values())
				.filter(w -> !d.isEmpty() && (w.name().equals(d) || w.name().startsWith(d) && d.length() >= 3))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("weekdays", "unknown weekday '" + day + "'",
					"problem.medical.unknownWeekday", day)));
		}
		return out;
	}

	LocalTime slot() {
		if (slotTime == null || slotTime.isBlank()) {
			throw new InvalidInputException("slotTime", "slotTime is required, e.g. 07:30", "problem.medical.slotTime");
		}
		try {
			return LocalTime.parse(slotTime.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("slotTime", "slotTime must be a time like 07:30, was '" + slotTime + "'",
					"problem.medical.slotTimeForm", slotTime);
		}
	}

	Set<PatientNeed> patientNeeds() {
		Set<PatientNeed> out = EnumSet.noneOf(PatientNeed.class);
		for (String need : needs == null ? List.<String>of() : needs) {
			out.add(EnumInput.find(PatientNeed.class, need)
				.orElseThrow(() -> EnumInput.unknown(PatientNeed.class, "needs", need)));
		}
		return out;
	}

	String cleanNote() {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.length() > MAX_NOTE) {
			throw MedicalRefusals.longerThan("note", MAX_NOTE);
		}
		return note.trim();
	}
}
