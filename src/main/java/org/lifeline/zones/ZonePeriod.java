package org.lifeline.zones;

import java.time.LocalDate;

/** A stretch of days a unit spent in one zone (Shanghai dates, both inclusive); {@code to} is null while it lasts. */
public record ZonePeriod(Zone zone, LocalDate from, LocalDate to) {

	/** Whether the period covers every day of the range, reading an open period as lasting until {@code today}. */
	public boolean covers(LocalDate start, LocalDate end, LocalDate today) {
		LocalDate last = to == null ? today : to;
		return !start.isBefore(from) && !end.isAfter(last);
	}
}
