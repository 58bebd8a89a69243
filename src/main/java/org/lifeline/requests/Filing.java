package org.lifeline.requests;

import java.time.Instant;
import java.util.Optional;

/** Everything written when a request is filed: what, for whom, where it is routed and its deadlines. */
record Filing(String token, RequestCategory category, boolean critical, boolean vulnerable, Channel channel,
		Instruction instruction, String description, Long residentId, Long householdId, Long buildingId,
		long compoundId, long committeeId, long streetId, long districtId, String address, Double lat, Double lon,
		String contactName, String contactPhone, String contactEmail, String mediaUrl, String filedBy,
		Instant filedAt, ServiceLevel.Deadlines deadlines) {

	RequestFiled filed(long id) {
		return new RequestFiled(id, category, critical, vulnerable, channel, committeeId, streetId, districtId,
				householdId);
	}

	/** The alert for the street when this is a critical request. */
	Optional<EmergencyFiled> emergency(long id) {
		return critical ? Optional.of(new EmergencyFiled(id, committeeId, streetId, districtId, householdId))
				: Optional.empty();
	}
}
