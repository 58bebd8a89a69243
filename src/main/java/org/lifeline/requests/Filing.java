package org.lifeline.requests;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.lifeline.territory.TerritoryNode;

/** Everything written when a request is filed: what, for whom, where it is routed and its deadlines. */
record Filing(String token, RequestCategory category, boolean critical, boolean vulnerable, Channel channel,
		Instruction instruction, String description, Long residentId, Long householdId, Long buildingId,
		long compoundId, long committeeId, long streetId, long districtId, String address, Double lat, Double lon,
		String contactName, String contactPhone, String contactEmail, String mediaUrl, String filedBy,
		Instant filedAt, ServiceLevel.Deadlines deadlines) {

	/** What a pending filing writes once routed, under a fresh token. */
	static Filing of(PendingFiling pending, Routing routing, ServiceLevel.Deadlines deadlines) {
		RequestDraft draft = pending.draft();
		TerritoryNode node = routing.node();
		return new Filing(UUID.randomUUID().toString(), draft.category(), draft.critical(), routing.vulnerable(),
				pending.channel(), draft.critical() ? Instruction.CALL_120 : null, draft.description(),
				routing.residentId(), routing.householdId(), routing.buildingId(), node.compoundId(), node.committeeId(),
				node.streetId(), node.districtId(), routing.address(), routing.lat(), routing.lon(),
				routing.contactName(), routing.contactPhone(), draft.email(), draft.mediaUrl(), pending.actor(),
				pending.receivedAt(), deadlines);
	}

	/** The request this filing opened, as written under the given id. */
	RequestView asNew(long id, List<Step> steps, boolean hasPhoto) {
		return new RequestView(id, token, RequestStatus.NEW, category, critical, vulnerable, instruction, channel,
				description, residentId, householdId, contactName, contactPhone, address, buildingId, compoundId,
				committeeId, streetId, districtId, lat, lon, mediaUrl, hasPhoto, filedBy, filedAt,
				deadlines.ackDueAt(), deadlines.resolveDueAt(), null, null, null, null, null, null, null, filedAt, 0,
				false, null, steps);
	}

	/** The alert for the street when this is a critical request. */
	Optional<EmergencyFiled> emergency(long id) {
		return critical ? Optional.of(new EmergencyFiled(id, committeeId, streetId, districtId, householdId))
				: Optional.empty();
	}
}
