package org.lifeline.medical.medicine;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A medicine batch as lists show it: the day, the compound, the preparing hospital, its status with who moved it
 * and when, and counts of lines and doors (for a volunteer, only those of their buildings).
 */
public record BatchSummary(long id, LocalDate runDate, BatchStatus status, String compoundCode, String compoundName,
		String hospitalCode, String hospitalName, int lines, int ready, int outOfStock, int households,
		int checkedOff, int exceptions, Instant builtAt, String builtBy, Instant readyAt, String readyBy,
		Instant receivedAt, String receivedBy, Instant deliveredAt, int version) {

	public int pendingLines() {
		return lines - ready - outOfStock;
	}
}
