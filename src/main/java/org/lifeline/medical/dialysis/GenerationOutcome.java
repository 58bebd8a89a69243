package org.lifeline.medical.dialysis;

import java.time.LocalDate;

/**
 * What a generation run added: sessions planned, those flagged because the hospital was full or closed, and the
 * trips it requested for planned sessions.
 */
public record GenerationOutcome(LocalDate from, LocalDate to, int planned, int full, int closed, int tripsRequested)
		implements java.io.Serializable {

	public int added() {
		return planned + full + closed;
	}
}
