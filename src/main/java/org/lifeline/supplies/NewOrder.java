package org.lifeline.supplies;

import java.util.List;

/** An order of a household in a group buy: packages and quantities, and an optional remark for the volunteers. */
public record NewOrder(Long householdId, List<Line> items, String remark) {

	/** A quantity of one package. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "NewOrderLine")
	public record Line(Long packageId, Integer quantity) {
	}
}
