package org.lifeline.isolation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The beds of one kind in a facility: how many there are, occupied by admitted cases, held for cases on their way. */
public record Beds(BedKind kind, int capacity, int occupied, int held) {

	@JsonProperty
	public int free() {
		return Math.max(0, capacity - occupied - held);
	}
}
