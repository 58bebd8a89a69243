package org.lifeline.requests;

/** A request missed a deadline and was escalated: a missed acknowledgement to the street, a missed resolve to the district. */
public record RequestEscalated(long requestId, RequestCategory category, Level level, long streetId, long districtId) {

	/** Who a request is escalated to. */
	public enum Level {
		STREET, DISTRICT
	}
}
