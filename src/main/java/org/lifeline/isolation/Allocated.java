package org.lifeline.isolation;

import java.util.List;

/**
 * What one allocation did: how many cases got a bed, where, and every case left over with why (a message key and
 * its facts, turned into the reader's language by the API and the page).
 */
public record Allocated(int allocated, List<Placement> placements, List<LeftOver> left) {

	/** A case placed on a bed of a kind at a facility, this far from home. */
	public record Placement(long caseId, String facilityCode, BedKind bedKind, double km) {
	}

	/** A case left over and why. */
	public record LeftOver(long caseId, String reasonKey, List<Object> facts) {
	}
}
