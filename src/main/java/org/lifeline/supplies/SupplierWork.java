package org.lifeline.supplies;

import java.util.List;

/**
 * A supplier's group buys sorted by what to do next: confirm those whose deadline passed, deliver the confirmed
 * ones to the gate, watch those still taking orders; the rest is done.
 */
public record SupplierWork(List<GroupBuyView> toConfirm, List<GroupBuyView> toDeliver, List<GroupBuyView> taking,
		List<GroupBuyView> done) {

	public static SupplierWork of(List<GroupBuyView> all) {
		return new SupplierWork(with(all, GroupBuyStatus.CLOSED), with(all, GroupBuyStatus.CONFIRMED),
				with(all, GroupBuyStatus.OPEN),
				all.stream().filter(g -> g.status() == GroupBuyStatus.DELIVERED || g.status() == GroupBuyStatus.RECEIVED)
					.limit(20).toList());
	}

	private static List<GroupBuyView> with(List<GroupBuyView> all, GroupBuyStatus status) {
		return all.stream().filter(g -> g.status() == status).toList();
	}
}
