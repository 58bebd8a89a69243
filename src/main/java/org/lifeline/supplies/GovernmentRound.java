package org.lifeline.supplies;

import java.time.Instant;
import java.util.List;

/** A round of government packages over a territory node, with how many households got theirs. */
public record GovernmentRound(long id, String name, String territoryCode, String territoryName, List<String> contents,
		DeliverySlot slot, long households, long vulnerable, long delivered, long undelivered, String createdBy,
		Instant createdAt) {

	/** One household's government package: where, whether vulnerable, its place in line and when delivered. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "GovernmentPackageDelivery")
	public record Delivery(long householdId, String buildingCode, String room, boolean vulnerable, int position,
			Instant deliveredAt, String deliveredBy) {
	}
}
