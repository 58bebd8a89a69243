package org.lifeline.residents;

/**
 * Where a resident's screening status comes from (CLEAR, AWAITING_RECHECK or POSITIVE). Residents publishes this
 * interface and the screening module implements it, so residents can show the status without depending on
 * screening.
 */
public interface ResidentStatusSource {

	/** The resident's screening status; CLEAR when nothing is known. */
	String screeningStatusOf(long residentId);
}
