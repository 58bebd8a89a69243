package org.lifeline.supplies;

/** The supplier confirmed a group buy after its deadline: the orders stand and the goods are being made ready. */
public record GroupBuyConfirmed(long groupBuyId, long supplierId, long compoundId, long committeeId) {
}
