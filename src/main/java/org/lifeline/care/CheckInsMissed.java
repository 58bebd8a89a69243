package org.lifeline.care;

import java.time.LocalDate;

/**
 * Check-ins of the day still not made by the time they were due: told to the contact (contactUserId set) or, a set
 * time later, to the committee (committeeId set).
 */
public record CheckInsMissed(LocalDate day, Long contactUserId, Long committeeId, int residents) {
}
