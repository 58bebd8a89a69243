package org.lifeline.isolation;

import java.time.Instant;

/**
 * A positive case was admitted to an isolation facility, so their home and the common parts of their building
 * (elevator, corridor, stair handrails, door handles) now need terminal disinfection (终末消毒).
 */
public record TerminalDisinfectionDue(long caseId, long householdId, long buildingId, long compoundId, long districtId,
		Instant at) {
}
