package org.lifeline.isolation.allocation;

import java.util.List;

import org.lifeline.isolation.BedKind;

/** What the allocator decided: cases placed on beds, and every case left over with its reason. */
public record AllocationPlan(List<Placed> placed, List<Left> left) {

	/** A case placed on a bed of a kind in a facility, this far from home. */
	public record Placed(long caseId, long facilityId, BedKind bedKind, double km) {
	}

	/**
	 * A case left over: why, as a message key with its facts as arguments (bed kinds and facility kinds as
	 * {@code isolation.bed.*} / {@code isolation.kind.*} keys, so the reader's language names them).
	 */
	public record Left(long caseId, String reasonKey, List<Object> facts) {
	}
}
