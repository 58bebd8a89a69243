package org.lifeline.medical.dialysis;

import java.time.LocalDate;

/** What a generation run added: sessions planned, and those flagged because the hospital was full or closed. */
public record GenerationOutcome(LocalDate from, LocalDate to, int planned, int full, int closed)
		implements java.io.Serializable {

	public int added() {
		return planned + full + closed;
	}
}
