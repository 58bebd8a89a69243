package org.lifeline.medical.dialysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A standing dialysis schedule as lists show it. */
public record ScheduleView(long id, long residentId, String residentName, String buildingName, String room,
		String hospitalCode, String hospitalName, List<DayOfWeek> weekdays, LocalTime slotTime, List<PatientNeed> needs,
		String note, LocalDate startsOn, LocalDate endsOn, boolean active, String createdBy) {
}
