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

/** Group buys and their packages; every read takes the caller's visibility condition over the alias g. */
@Repository
class GroupBuyRepository {

	private static final String VIEW = """
			select g.id, g.status, g.deadline, g.delivery_day, g.slot_start, g.slot_end, g.opened_by,
			       g.organiser_household_id, g.supplier_id, s.name as supplier_name, c.code as compound_code,
			       c.name as compound_name, g.confirmed_at, g.delivered_at, g.received_at, g.received_by,
			       g.shortfall_note, k.name as courier_name, v.plate as vehicle_plate,
			       (select count(*) from group_order o where o.group_buy_id = g.id and o.status = 'PLACED') as orders,
			       (select count(distinct o.household_id) from group_order o where o.group_buy_id = g.id and o.status = 'PLACED') as households,
			       (select coalesce(sum(o.total_fen), 0) from group_order o where o.group_buy_id = g.id and o.status = 'PLACED') as total_fen
			from group_buy g
			join supplier s on s.id = g.supplier_id
			join territory_placement c on c.id = g.compound_id
			left join courier k on k.id = g.courier_id
			left join vehicle_pass v on v.id = g.vehicle_pass_id
			""";

	private static final String ITEMS = """
			select i.group_buy_id, i.package_id, i.name, i.price_fen, i.received, p.contents,
			       coalesce(ps.stock, p.daily_stock) as stock,
			       (select coalesce(sum(l.quantity), 0) from group_order_line l join group_order o on o.id = l.order_id
			        where o.group_buy_id = i.group_buy_id and l.package_id = i.package_id and o.status = 'PLACED') as ordered
			from group_buy_item i
			join group_buy g on g.id = i.group_buy_id
			join supply_package p on p.id = i.package_id
			left join package_stock ps on ps.package_id = i.package_id and ps.delivery_day = g.delivery_day
			where i.group_buy_id in (:ids) order by i.group_buy_id, i.package_id
			""";

	private final JdbcClient jdbc;

	GroupBuyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewGroupBuy g, long supplierId, TerritoryNode compound, LocalDate day, String actor,
			Long organiserHousehold, Instant now, List<PackageView> packages) {
		DeliverySlot slot = g.deliverySlot();
		long id = jdbc.sql("""
				insert into group_buy (supplier_id, compound_id, committee_id, street_id, district_id, status, deadline,
				    delivery_day, slot_start, slot_end, opened_by, organiser_household_id, opened_at)
				values (?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(supplierId, compound.id(), compound.committeeId(), compound.streetId(), compound.districtId(),
					ts(g.deadline()), day, slot == null ? null : ts(slot.start()), slot == null ? null : ts(slot.end()),
					actor, organiserHousehold, ts(now))
			.query(Long.class)
			.single();
		for (PackageView p : packages) {
			jdbc.sql("insert into group_buy_item (group_buy_id, package_id, name, price_fen) values (?, ?, ?, ?)")
				.params(id, p.id(), p.name(), p.priceFen())
				.update();
		}
		return id;
	}

	Optional<GroupBuy> load(long id, String visible) {
		return jdbc.sql("select " + AGGREGATE_COLUMNS + " from group_buy g where id = ? and " + visible)
			.param(id)
			.query(GroupBuyRepository::aggregate)
			.optional();
	}

	/** Locks the group buy row for an order so a confirmation cannot slip between the deadline check and the write. */
	Optional<GroupBuy> loadShared(long id, String visible) {
		return jdbc.sql("select " + AGGREGATE_COLUMNS + " from group_buy g where id = ? and " + visible + " for share")
			.param(id)
			.query(GroupBuyRepository::aggregate)
			.optional();
	}

	private static final String AGGREGATE_COLUMNS = "id, version, supplier_id, compound_id, committee_id, status, deadline";

	private static GroupBuy aggregate(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new GroupBuy(rs.getLong("id"), rs.getInt("version"), rs.getLong("supplier_id"), rs.getLong("compound_id"),
				rs.getLong("committee_id"), GroupBuyStatus.valueOf(rs.getString("status")), instant(rs, "deadline"));
	}

	/** What an order needs of the group buy: its delivery day and each package's name and price. */
	OrderTerms terms(long id) {
		LocalDate day = jdbc.sql("select delivery_day from group_buy where id = ?").param(id).query(LocalDate.class).single();
		List<GroupBuyView.Item> items = jdbc.sql("select package_id, name, price_fen from group_buy_item where group_buy_id = ? order by package_id")
			.param(id)
			.query((rs, n) -> new GroupBuyView.Item(rs.getLong(1), rs.getString(2), List.of(), rs.getInt(3), 0, 0, null, 0))
			.list();
		return new OrderTerms(id, day, items);
	}

	/** A group buy's delivery day and packages, as orders read them. */
	record OrderTerms(long id, LocalDate deliveryDay, List<GroupBuyView.Item> items) {
	}

	boolean save(GroupBuy g, String setClause, Object... params) {
		Object[] all = new Object[params.length + 3];
		all[0] = g.status().name();
		System.arraycopy(params, 0, all, 1, params.length);
		all[params.length + 1] = g.id();
		all[params.length + 2] = g.version();
		return jdbc.sql("update group_buy set status = ?" + (setClause.isEmpty() ? "" : ", " + setClause)
				+ ", version = version + 1 where id = ? and version = ?")
			.params(all)
			.update() == 1;
	}

	void setReceived(long groupBuyId, long packageId, int received) {
		jdbc.sql("update group_buy_item set received = ? where group_buy_id = ? and package_id = ?")
			.params(received, groupBuyId, packageId)
			.update();
	}

	Optional<GroupBuyView> view(long id, String visible, Instant now) {
		return list("g.id = " + id + " and " + visible, now, 1).stream().findFirst();
	}

	List<GroupBuyView> list(String where, Instant now, int limit) {
		List<Row> rows = jdbc.sql(VIEW + " where " + where + " order by g.deadline desc, g.id desc limit " + limit)
			.query((rs, n) -> row(rs))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<GroupBuyView.Item>> items = jdbc.sql(ITEMS)
			.param("ids", rows.stream().map(r -> r.id).toList())
			.query((rs, n) -> Map.entry(rs.getLong("group_buy_id"), item(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return rows.stream().map(r -> r.view(items.getOrDefault(r.id, List.of()), now)).toList();
	}

	/** Group buys with a delivery slot in the compound overlapping the given one. */
	List<Long> clashingInCompound(long compoundId, Instant start, Instant end) {
		return jdbc.sql("""
				select id from group_buy where compound_id = ? and status <> 'CANCELLED' and slot_start is not null
				and slot_start < ? and ? < slot_end order by id""")
			.params(compoundId, ts(end), ts(start))
			.query(Long.class)
			.list();
	}

	private static GroupBuyView.Item item(ResultSet rs) throws SQLException {
		long ordered = rs.getLong("ordered");
		Integer received = rs.getObject("received", Integer.class);
		return new GroupBuyView.Item(rs.getLong("package_id"), rs.getString("name"),
				SupplierRepository.strings(rs.getArray("contents")), rs.getInt("price_fen"), rs.getInt("stock"), ordered,
				received, received == null ? 0 : Math.max(0, ordered - received));
	}

	private static Row row(ResultSet rs) throws SQLException {
		Instant start = instant(rs, "slot_start");
		return new Row(rs.getLong("id"), GroupBuyStatus.valueOf(rs.getString("status")), rs.getString("compound_code"),
				rs.getString("compound_name"), rs.getLong("supplier_id"), rs.getString("supplier_name"),
				instant(rs, "deadline"), rs.getObject("delivery_day", LocalDate.class),
				start == null ? null : new DeliverySlot(start, instant(rs, "slot_end")), rs.getString("opened_by"),
				rs.getObject("organiser_household_id") != null, rs.getLong("orders"), rs.getLong("households"),
				rs.getLong("total_fen"), rs.getString("courier_name"), rs.getString("vehicle_plate"),
				instant(rs, "confirmed_at"), instant(rs, "delivered_at"), instant(rs, "received_at"),
				rs.getString("received_by"), rs.getString("shortfall_note"));
	}

	private record Row(long id, GroupBuyStatus status, String compoundCode, String compoundName, long supplierId,
			String supplierName, Instant deadline, LocalDate deliveryDay, DeliverySlot slot, String openedBy,
			boolean organiser, long orders, long households, long totalFen, String courierName, String vehiclePlate,
			Instant confirmedAt, Instant deliveredAt, Instant receivedAt, String receivedBy, String shortfallNote) {

		GroupBuyView view(List<GroupBuyView.Item> items, Instant now) {
			return new GroupBuyView(id, GroupBuyStatus.shown(status, !now.isBefore(deadline)), compoundCode,
					compoundName, supplierId, supplierName, deadline, deliveryDay, slot, openedBy, organiser, orders,
					households, totalFen, items, courierName, vehiclePlate, confirmedAt, deliveredAt, receivedAt,
					receivedBy, shortfallNote);
		}
	}
}
