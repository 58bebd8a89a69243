package org.lifeline.requests;

/**
 * A critical medical request was filed: the caller was told to dial 120, and the street's medical task force must
 * check on them now. Published besides {@link RequestFiled} so that only emergencies wake the alerting.
 */
public record EmergencyFiled(long requestId, long committeeId, long streetId, long districtId, Long householdId) {
}
