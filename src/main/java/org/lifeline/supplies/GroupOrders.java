package org.lifeline.supplies;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.residents.HouseholdView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders in a group buy: a household orders on its phone or staff order for it, each order takes its stock all
 * or nothing, and is cancelled before the deadline by the household or staff, after it only by the organiser
 * with a reason. Money is in fen; whether an order is paid is recorded, payment happens elsewhere.
 */
@Service
public class GroupOrders {

	static final int MAX_QUANTITY = 99;

	private final GroupBuyRepository groupBuys;

	private final OrderRepository orders;

	private final Visibility visibility;

	private final Territory territory;

	private final Clock clock;

	GroupOrders(GroupBuyRepository groupBuys, OrderRepository orders, Visibility visibility, Territory territory,
			Clock clock) {
		this.groupBuys = groupBuys;
		this.orders = orders;
		this.visibility = visibility;
		this.territory = territory;
		this.clock = clock;
	}

	/** Places an order; 409 naming the deadline or the package short of stock, and nothing saved then. */
	@Transactional
	public OrderView place(long groupBuyId, NewOrder order, LifelineUser caller, TerritoryScope scope) {
		return place(groupBuyId, order, caller, scope, channelOf(caller), true);
	}

	@Transactional
	OrderView place(long groupBuyId, NewOrder order, LifelineUser caller, TerritoryScope scope, String channel,
			boolean deadlineApplies) {
		if (caller.role() == Role.SUPPLIER || caller.role() == Role.VOLUNTEER) {
			throw new AccessDeniedException("households and staff place orders");
		}
		GroupBuy g = groupBuys.loadShared(groupBuyId, visibility.groupBuys(caller, scope, "g"))
			.orElseThrow(() -> new NotFoundException("group buy", groupBuyId));
		if (deadlineApplies) {
			g.requireOrdersTaken(clock.instant());
		}
		else if (g.status() != GroupBuyStatus.OPEN) {
			throw new ConflictException("group buy " + groupBuyId + " is " + g.status() + " and takes no more orders",
					"problem.supplies.noMoreOrders", String.valueOf(groupBuyId), g.status());
		}
		if (order == null || order.householdId() == null) {
			throw new InvalidInputException("householdId", "name the household that orders",
					"problem.supplies.orderHousehold");
		}
		HouseholdView household = visibility.household(order.householdId(), scope);
		TerritoryNode building = territory.byCode(household.buildingCode());
		if (building.compoundId() != g.compoundId()) {
			throw new InvalidInputException("householdId", "household " + household.id() + " lives in "
					+ household.compoundName() + ", not in the compound of group buy " + groupBuyId,
					"problem.supplies.householdElsewhere", String.valueOf(household.id()), household.compoundName(),
					String.valueOf(groupBuyId));
		}
		GroupBuyRepository.OrderTerms view = groupBuys.terms(groupBuyId);
		Map<Long, Integer> quantities = quantities(order, view);
		Map<Long, Integer> prices = new TreeMap<>();
		List<OrderView.Line> lines = new java.util.ArrayList<>();
		long total = 0;
		for (var line : quantities.entrySet()) {
			GroupBuyView.Item item = item(view, line.getKey());
			prices.put(item.packageId(), item.priceFen());
			lines.add(new OrderView.Line(item.packageId(), item.name(), line.getValue(), item.priceFen()));
			total += (long) item.priceFen() * line.getValue();
		}
		String remark = order.remark() == null || order.remark().isBlank() ? null : order.remark().trim();
		if (remark != null && remark.length() > 500) {
			throw SupplyRefusals.longerThan("remark", 500);
		}
		Instant now = clock.instant();
		long id = orders.insert(groupBuyId, building, household.id(), total, channel, remark, caller.username(), now,
				quantities, prices);
		takeStock(view, lines);
		return new OrderView(id, groupBuyId, household.id(), household.buildingCode(), household.room(), "PLACED", total,
				false, channel, remark, caller.username(), now, null, null, null, List.copyOf(lines));
	}

	/**
	 * Takes the stock last, in package order, so the row locks on stock are held only until the commit that
	 * follows and two orders never wait on each other crosswise; too little left of any package undoes it all.
	 */
	private void takeStock(GroupBuyRepository.OrderTerms view, List<OrderView.Line> lines) {
		for (OrderView.Line line : lines) {
			if (orders.takeStock(line.packageId(), view.deliveryDay(), line.quantity()).isEmpty()) {
				int left = orders.stockLeft(line.packageId(), view.deliveryDay());
				throw new ConflictException("not enough stock of package " + line.packageId() + " (" + line.name() + "): "
						+ left + " left, " + line.quantity() + " ordered", "problem.supplies.notEnoughStock",
						String.valueOf(line.packageId()), line.name(), String.valueOf(left), String.valueOf(line.quantity()));
			}
		}
	}

	/**
	 * Cancels an order and gives its stock back. Before the deadline the household or staff may; after it only
	 * the organiser (the committee, or the approved resident who opened it), with a reason; never once confirmed.
	 */
	@Transactional
	public OrderView cancel(long orderId, String reason, LifelineUser caller, TerritoryScope scope) {
		OrderView order = orders.find(orderId, scope.condition("o") + " or " + organisedBy(caller))
			.orElseThrow(() -> new NotFoundException("order", orderId));
		GroupBuy g = groupBuys.load(order.groupBuyId(), "true").orElseThrow();
		GroupBuyView view = groupBuys.view(order.groupBuyId(), "true", clock.instant()).orElseThrow();
		if (!order.isPlaced()) {
			throw new ConflictException("order " + orderId + " is already cancelled", "problem.supplies.orderCancelled",
					String.valueOf(orderId));
		}
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		if (!g.takesOrders(clock.instant())) {
			if (g.status() != GroupBuyStatus.OPEN) {
				throw new ConflictException("group buy " + g.id() + " is " + g.status() + ": its orders can no longer be cancelled",
						"problem.supplies.noMoreCancelling", String.valueOf(g.id()), g.status());
			}
			if (!isOrganiser(view, caller)) {
				throw new ConflictException("the order deadline " + g.deadline()
						+ " passed: only the organiser of the group buy may cancel now", "problem.supplies.organiserCancels",
						g.deadline());
			}
			if (why == null) {
				throw new InvalidInputException("reason", "after the deadline a cancellation needs a reason",
						"problem.supplies.cancelReason");
			}
		}
		if (why != null && why.length() > 500) {
			throw SupplyRefusals.longerThan("reason", 500);
		}
		if (!orders.cancel(orderId, why, clock.instant())) {
			throw new ConflictException("order " + orderId + " was cancelled just now", "problem.supplies.cancelledMeanwhile",
					String.valueOf(orderId));
		}
		orders.returnStock(orderId, view.deliveryDay());
		return orders.find(orderId, "true").orElseThrow();
	}

	/** Records that an order was paid (or not); payment itself happens outside Lifeline. */
	@Transactional
	public OrderView markPaid(long orderId, boolean paid, LifelineUser caller, TerritoryScope scope) {
		GroupBuys.requireStaff(caller);
		if (!orders.markPaid(orderId, paid, scope.condition("o"))) {
			orders.find(orderId, scope.condition("o")).orElseThrow(() -> new NotFoundException("order", orderId));
			throw new ConflictException("order " + orderId + " is cancelled", "problem.supplies.orderIsCancelled",
					String.valueOf(orderId));
		}
		return orders.find(orderId, "true").orElseThrow();
	}

	/** The orders of a group buy the caller sees (a resident: their household's). */
	@Transactional(readOnly = true)
	public List<OrderView> orders(long groupBuyId, LifelineUser caller, TerritoryScope scope) {
		groupBuys.load(groupBuyId, visibility.groupBuys(caller, scope, "g"))
			.orElseThrow(() -> new NotFoundException("group buy", groupBuyId));
		if (caller.role() == Role.SUPPLIER) {
			throw new AccessDeniedException("suppliers see orders aggregated per building, not per household");
		}
		return orders.list("o.group_buy_id = " + groupBuyId + " and (" + scope.condition("o") + " or " + organisedBy(caller) + ")");
	}

	/** Every order of a household, newest first. */
	@Transactional(readOnly = true)
	public List<OrderView> ofHousehold(long householdId, TerritoryScope scope) {
		List<OrderView> all = new java.util.ArrayList<>(orders.list("o.household_id = " + householdId + " and " + scope.condition("o")));
		java.util.Collections.reverse(all);
		return all;
	}

	/**
	 * The orders of group buys the caller opened as an approved resident organiser, who sees and may cancel them
	 * all (staff see orders through their territory scope).
	 */
	private static String organisedBy(LifelineUser caller) {
		if (caller.role() != Role.RESIDENT || caller.householdId() == null) {
			return "false";
		}
		return "o.group_buy_id in (select g.id from group_buy g where g.organiser_household_id = " + caller.householdId()
				+ ")";
	}

	private boolean isOrganiser(GroupBuyView view, LifelineUser caller) {
		if (view.openedByOrganiser()) {
			return caller.role() == Role.RESIDENT && caller.username().equals(view.openedBy());
		}
		return GroupBuys.STAFF.contains(caller.role());
	}

	private static Map<Long, Integer> quantities(NewOrder order, GroupBuyRepository.OrderTerms view) {
		if (order.items() == null || order.items().isEmpty()) {
			throw new InvalidInputException("items", "order at least one package", "problem.supplies.noItems");
		}
		Map<Long, Integer> quantities = new TreeMap<>();
		for (NewOrder.Line line : order.items()) {
			if (line == null || line.packageId() == null) {
				throw new InvalidInputException("items", "every line needs a packageId",
						"problem.supplies.linePackage");
			}
			if (view.items().stream().noneMatch(i -> i.packageId() == line.packageId())) {
				throw new InvalidInputException("items", "unknown package " + line.packageId() + " in group buy " + view.id(),
						"problem.supplies.itemUnknown", String.valueOf(line.packageId()), String.valueOf(view.id()));
			}
			if (line.quantity() == null || line.quantity() < 1) {
				throw new InvalidInputException("items", "the quantity of package " + line.packageId() + " must be at least 1",
						"problem.supplies.itemQuantity", String.valueOf(line.packageId()));
			}
			quantities.merge(line.packageId(), line.quantity(), Integer::sum);
			if (quantities.get(line.packageId()) > MAX_QUANTITY) {
				throw new InvalidInputException("items", "at most " + MAX_QUANTITY + " of package " + line.packageId()
						+ " per order",
						"problem.supplies.itemTooMany", String.valueOf(MAX_QUANTITY), String.valueOf(line.packageId()));
			}
		}
		return quantities;
	}

	private static GroupBuyView.Item item(GroupBuyRepository.OrderTerms view, long packageId) {
		return view.items().stream().filter(i -> i.packageId() == packageId).findFirst().orElseThrow();
	}

	static String channelOf(LifelineUser caller) {
		return caller.role() == Role.RESIDENT ? "PHONE" : "STAFF";
	}

	Instant now() {
		return clock.instant();
	}
}
