package org.lifeline.medical.dialysis;

import java.time.LocalDate;
import java.time.LocalTime;

/** One generated dialysis session: who, where, when, and whether it got a trip or needs the task force. */
public record SessionView(long id, long scheduleId, long residentId, String residentName, LocalDate date,
		LocalTime slotTime, String hospitalCode, String hospitalName, SessionStatus status, Long tripId) {
}
