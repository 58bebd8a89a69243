package org.lifeline.sanitation;

import java.time.Instant;

/** A terminal disinfection (终末消毒): whose home and which building, why, when due, and whether and how it was done. */
public record TerminalView(long id, Long caseId, String buildingCode, String buildingName, String compoundCode,
		String room, Instant dueAt, String source, String note, Instant doneAt, String agent, String doneBy) {
}
