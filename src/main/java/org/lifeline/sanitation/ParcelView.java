package org.lifeline.sanitation;

import java.time.Instant;

/** A parcel logged at the gate for a household: where it goes, what it is, and how far it got. */
public record ParcelView(long id, String buildingCode, String room, String description, Instant loggedAt,
		String loggedBy, String status, Instant deliveredAt, String deliveredBy, String reason, Instant confirmedAt) {
}
