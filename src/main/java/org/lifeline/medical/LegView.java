package org.lifeline.medical;

import java.time.Instant;

/** One leg of a trip as read: when the patient is ready, the vehicle given and its planned window. */
public record LegView(long id, LegDirection direction, LegStatus status, Instant readyAt, Long vehicleId,
		String vehicleCode, String vehiclePlate, Instant plannedStart, Instant plannedEnd, boolean pinned) {
}
