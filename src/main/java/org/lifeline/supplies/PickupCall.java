package org.lifeline.supplies;

import java.time.Instant;

/** A staggered pickup call: one member of the household collects at the fixed point within the slot. */
public record PickupCall(String buildingCode, String room, long householdId, Instant slotStart, Instant slotEnd) {
}
