package org.lifeline.care;

import java.time.LocalDate;

/**
 * One line of a day's check-in list: the resident, where they live, the day their check-in fell due (before the
 * day: overdue), their contact's name, and the status: DUE, OVERDUE, DONE, NEEDS_HELP or UNREACHABLE.
 */
public record DueCheckIn(long residentId, String name, String buildingCode, String room, LocalDate due,
		String contact, String status) {

	public boolean open() {
		return "DUE".equals(status) || "OVERDUE".equals(status) || "UNREACHABLE".equals(status);
	}
}
