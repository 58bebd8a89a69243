package org.lifeline.supplies;

import static org.lifeline.supplies.SupplierRepository.instant;
import static org.lifeline.supplies.SupplierRepository.ts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Orders, their lines and the stock they take. Stock is taken with one conditional update per package, so it
 * never goes below zero whatever arrives at once; the caller's transaction makes an order all or nothing.
 */
@Repository
class OrderRepository {

	private static final String VIEW = """
			select o.id, o.group_buy_id, o.household_id, b.code as building_code, h.room, o.status, o.total_fen, o.paid,
			       o.channel, o.remark, o.placed_by, o.placed_at, o.cancelled_at, o.cancel_reason, o.delivered_at
			from group_order o join household_place h on h.id = o.household_id join territory_placement b on b.id = o.building_id
			""";

	private final JdbcClient jdbc;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the quantity from what is left of the package on the day (the day's row starts at the package's daily
	 * stock); the stock left afterwards, or empty when too little is left.
	 */
	Optional<Integer> takeStock(long packageId, LocalDate day, int quantity) {
		jdbc.sql("""
				insert into package_stock (package_id, delivery_day, stock)
				select id, ?, daily_stock from supply_package where id = ?
				on conflict (package_id, delivery_day) do nothing""")
			.params(day, packageId)
			.update();
		return jdbc.sql("""
				update package_stock set stock = stock - ?, taken = taken + ?
				where package_id = ? and delivery_day = ? and stock >= ? returning stock""")
			.params(quantity, quantity, packageId, day, quantity)
			.query(Integer.class)
			.optional();
	}

	int stockLeft(long packageId, LocalDate day) {
		return jdbc.sql("""
				select coalesce((select stock from package_stock where package_id = ? and delivery_day = ?), daily_stock)
				from supply_package where id = ?""")
			.params(packageId, day, packageId)
			.query(Integer.class)
			.single();
	}

	void returnStock(long orderId, LocalDate day) {
		jdbc.sql("""
				update package_stock s set stock = s.stock + l.quantity, taken = s.taken - l.quantity
				from group_order_line l where l.order_id = ? and s.package_id = l.package_id and s.delivery_day = ?""")
			.params(orderId, day)
			.update();
	}

	long insert(long groupBuyId, TerritoryNode building, long householdId, long totalFen, String channel, String remark,
			String actor, Instant now, Map<Long, Integer> quantities, Map<Long, Integer> prices) {
		long id = jdbc.sql("""
				insert into group_order (group_buy_id, household_id, building_id, compound_id, committee_id, street_id,
				    district_id, status, total_fen, channel, remark, placed_by, placed_at)
				values (?, ?, ?, ?, ?, ?, ?, 'PLACED', ?, ?, ?, ?, ?) returning id""")
			.params(groupBuyId, householdId, building.id(), building.compoundId(), building.committeeId(),
					building.streetId(), building.districtId(), totalFen, channel, remark, actor, ts(now))
			.query(Long.class)
			.single();
		quantities.forEach((packageId, quantity) -> jdbc
			.sql("insert into group_order_line (order_id, package_id, quantity, price_fen) values (?, ?, ?, ?)")
			.params(id, packageId, quantity, prices.get(packageId))
			.update());
		return id;
	}

	/** Cancels a placed order; false when it was not placed (any more). */
	boolean cancel(long orderId, String reason, Instant now) {
		return jdbc.sql("update group_order set status = 'CANCELLED', cancelled_at = ?, cancel_reason = ? where id = ? and status = 'PLACED'")
			.params(ts(now), reason, orderId)
			.update() == 1;
	}

	boolean markPaid(long orderId, boolean paid, String scopeCondition) {
		return jdbc.sql("update group_order o set paid = ? where o.id = ? and o.status = 'PLACED' and " + scopeCondition)
			.params(paid, orderId)
			.update() == 1;
	}

	Optional<OrderView> find(long orderId, String scopeCondition) {
		return list("o.id = " + orderId + " and (" + scopeCondition + ")").stream().findFirst();
	}

	List<OrderView> list(String where) {
		List<OrderView> orders = jdbc.sql(VIEW + " where " + where + " order by o.id").query(OrderRepository::order).list();
		if (orders.isEmpty()) {
			return orders;
		}
		Map<Long, List<OrderView.Line>> lines = jdbc.sql("""
				select l.order_id, l.package_id, p.name, l.quantity, l.price_fen from group_order_line l
				join supply_package p on p.id = l.package_id where l.order_id in (:ids) order by l.package_id""")
			.param("ids", orders.stream().map(OrderView::id).toList())
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new OrderView.Line(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return orders.stream()
			.map(o -> new OrderView(o.id(), o.groupBuyId(), o.householdId(), o.buildingCode(), o.room(), o.status(),
					o.totalFen(), o.paid(), o.channel(), o.remark(), o.placedBy(), o.placedAt(), o.cancelledAt(),
					o.cancelReason(), o.deliveredAt(), lines.getOrDefault(o.id(), List.of())))
			.toList();
	}

	private static OrderView order(ResultSet rs, int n) throws SQLException {
		return new OrderView(rs.getLong("id"), rs.getLong("group_buy_id"), rs.getLong("household_id"),
				rs.getString("building_code"), rs.getString("room"), rs.getString("status"), rs.getLong("total_fen"),
				rs.getBoolean("paid"), rs.getString("channel"), rs.getString("remark"), rs.getString("placed_by"),
				instant(rs, "placed_at"), instant(rs, "cancelled_at"), rs.getString("cancel_reason"),
				instant(rs, "delivered_at"), List.of());
	}
}
