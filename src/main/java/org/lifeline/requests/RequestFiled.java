package org.lifeline.requests;

/** A new request was filed and routed to a committee. */
public record RequestFiled(long requestId, RequestCategory category, boolean critical, boolean vulnerable,
		Channel channel, long committeeId, long streetId, long districtId, Long householdId) {
}
