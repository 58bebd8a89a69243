package org.lifeline.supplies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A group buy with its packages, what is left and ordered of each, and where it stands. */
public record GroupBuyView(long id, GroupBuyStatus status, String compoundCode, String compoundName, long supplierId,
		String supplierName, Instant deadline, LocalDate deliveryDay, DeliverySlot deliverySlot, String openedBy,
		boolean openedByOrganiser, long orders, long households, long totalFen, List<Item> items, String courierName,
		String vehiclePlate, Instant confirmedAt, Instant deliveredAt, Instant receivedAt, String receivedBy,
		String shortfallNote) {

	/** One package of the group buy: stock left for the delivery day, quantity ordered, received at the gate. */
	public record Item(long packageId, String name, List<String> contents, int priceFen, int stock, long ordered,
			Integer received, long shortfall) {
	}

	public boolean isOpen() {
		return status == GroupBuyStatus.OPEN;
	}

	/** Whether nothing is left to order: every package's stock for the delivery day is taken. */
	public boolean soldOut() {
		return !items.isEmpty() && items.stream().allMatch(i -> i.stock() <= 0);
	}

	public long shortfall() {
		return items.stream().mapToLong(Item::shortfall).sum();
	}
}
