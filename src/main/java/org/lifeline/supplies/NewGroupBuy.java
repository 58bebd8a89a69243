package org.lifeline.supplies;

import java.time.Instant;
import java.util.List;

/** A group buy to open for one compound: the packages on offer, the order deadline and the delivery slot. */
public record NewGroupBuy(String compoundCode, List<Long> packageIds, Instant deadline, DeliverySlot deliverySlot) {
}
