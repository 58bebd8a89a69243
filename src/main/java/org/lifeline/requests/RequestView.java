package org.lifeline.requests;

import java.time.Instant;
import java.util.List;

import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/**
 * A request as queues, the resident and the API show it: what, for whom, where, its deadlines and whether one has
 * passed, who works on it and its timeline (empty in lists). {@code duplicateOf} is set when a filing was linked to
 * this open request instead of creating a second one.
 */
public record RequestView(long id, String token, RequestStatus status, RequestCategory category, boolean critical,
		boolean vulnerable, Instruction instruction, Channel channel, String description, Long residentId,
		Long householdId, String contactName, @PersonalData(Kind.PHONE) String contactPhone, String address,
		Long buildingId, long compoundId, long committeeId, long streetId, long districtId, Double lat, Double lon,
		String mediaUrl, boolean hasPhoto, String filedBy, Instant filedAt, Instant ackDueAt, Instant resolveDueAt,
		Instant acknowledgedAt, String assignee, Instant resolvedAt, String resolution, Instant closedAt,
		Instant escalatedStreetAt, Instant escalatedDistrictAt, Instant updatedAt, int version, boolean overdue,
		Long duplicateOf, List<Step> timeline) {

	RequestView withTimeline(List<Step> steps) {
		return new RequestView(id, token, status, category, critical, vulnerable, instruction, channel, description,
				residentId, householdId, contactName, contactPhone, address, buildingId, compoundId, committeeId,
				streetId, districtId, lat, lon, mediaUrl, hasPhoto, filedBy, filedAt, ackDueAt, resolveDueAt,
				acknowledgedAt, assignee, resolvedAt, resolution, closedAt, escalatedStreetAt, escalatedDistrictAt,
				updatedAt, version, overdue, duplicateOf, steps);
	}

	RequestView asDuplicateFiling() {
		return new RequestView(id, token, status, category, critical, vulnerable, instruction, channel, description,
				residentId, householdId, contactName, contactPhone, address, buildingId, compoundId, committeeId,
				streetId, districtId, lat, lon, mediaUrl, hasPhoto, filedBy, filedAt, ackDueAt, resolveDueAt,
				acknowledgedAt, assignee, resolvedAt, resolution, closedAt, escalatedStreetAt, escalatedDistrictAt,
				updatedAt, version, overdue, id, timeline);
	}

	/** Whether this answer links a filing to an existing request rather than creating one. */
	public boolean isDuplicate() {
		return duplicateOf != null;
	}
}
