package org.lifeline.supplies;

/** A group buy's goods reached the compound gate and wait for the committee to count them. */
public record GroupBuyDelivered(long groupBuyId, long supplierId, long compoundId, long committeeId) {
}
