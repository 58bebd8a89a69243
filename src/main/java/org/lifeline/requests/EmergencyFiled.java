package org.lifeline.requests;

/**
 * A critical medical request was filed: the caller was told to dial 120, and the street's medical task force must
 * check on them now. Only emergencies are announced, so that ordinary filing (the hot path) publishes nothing.
 */
public record EmergencyFiled(long requestId, long committeeId, long streetId, long districtId, Long householdId) {
}
