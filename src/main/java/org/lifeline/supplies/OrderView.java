package org.lifeline.supplies;

import java.time.Instant;
import java.util.List;

/** A household's order in a group buy, with its lines, total in fen and whether it is paid and delivered. */
public record OrderView(long id, long groupBuyId, long householdId, String buildingCode, String room, String status,
		long totalFen, boolean paid, String channel, String remark, String placedBy, Instant placedAt,
		Instant cancelledAt, String cancelReason, Instant deliveredAt, List<Line> items) {

	/** One package of the order. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "OrderLine")
	public record Line(long packageId, String name, int quantity, int priceFen) {
	}

	public boolean isPlaced() {
		return "PLACED".equals(status);
	}
}
