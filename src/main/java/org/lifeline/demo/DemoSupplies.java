package org.lifeline.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo supplies for the demo accounts: packages for the first three suppliers, a courier with today's tests and a
 * vehicle pass for the first, and two group buys in the demo committee's first compound: one taking orders (the
 * demo resident can order), one whose deadline just passed with orders from the first building (the demo
 * supplier confirms it, the volunteer checks off doors once it is at the gate).
 */
@Component
class DemoSupplies {

	private static final Logger log = LoggerFactory.getLogger(DemoSupplies.class);

	private static final List<Offer> OFFERS = List.of(
			new Offer("保供蔬菜包", List.of("青菜 1kg", "土豆 1.5kg", "洋葱 1kg", "胡萝卜 1kg", "番茄 1kg"), 6800, 300),
			new Offer("米面粮油包", List.of("大米 5kg", "挂面 1kg", "食用油 1.8L"), 12800, 200),
			new Offer("肉蛋奶包", List.of("鸡蛋 30枚", "猪肉 1kg", "纯牛奶 250ml×12"), 15800, 150),
			new Offer("方便食品包", List.of("方便面 12包", "午餐肉罐头 2罐", "饼干 1kg"), 8800, 250));

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoSupplies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	void create() {
		if (jdbc.sql("select count(*) from supply_package").query(Long.class).single() > 0) {
			return;
		}
		List<Long> suppliers = jdbc.sql("select id from supplier order by id limit 3").query(Long.class).list();
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		long first = 0;
		for (int s = 0; s < suppliers.size(); s++) {
			for (int o = 0; o < OFFERS.size(); o++) {
				Offer offer = OFFERS.get((o + s) % OFFERS.size());
				long id = jdbc.sql("""
						insert into supply_package (supplier_id, name, contents, price_fen, daily_stock)
						values (?, ?, ?, ?, ?) returning id""")
					.params(suppliers.get(s), offer.name(), offer.contents().toArray(String[]::new),
							offer.priceFen() + s * 200, offer.dailyStock())
					.query(Long.class)
					.single();
				first = s == 0 && o == 0 ? id : first;
			}
		}
		long supplier = suppliers.get(0);
		jdbc.sql("insert into courier (supplier_id, name, phone, pcr_negative_at, antigen_negative_at) values (?, '王建军', '13700001111', ?, ?)")
			.params(supplier, ts(now.minus(Duration.ofHours(20))), ts(now))
			.update();
		jdbc.sql("insert into vehicle_pass (supplier_id, plate, pass_no, valid_until) values (?, '沪A5B201', '沪保供通行-0001', ?)")
			.params(supplier, today.plusDays(14))
			.update();
		Long compound = jdbc.sql("""
				select c.id from app_user u join territory_node c on c.parent_id = u.territory_id and c.kind = 'COMPOUND'
				where u.username = 'committee' order by c.code limit 1""").query(Long.class).optional().orElse(null);
		if (compound == null) {
			return;
		}
		LocalDate tomorrow = today.plusDays(1);
		Instant slotStart = tomorrow.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant();
		long open = groupBuy(supplier, compound, now.plus(Duration.ofHours(6)), tomorrow, slotStart, now);
		long closed = groupBuy(supplier, compound, now.minus(Duration.ofMinutes(30)), tomorrow,
				slotStart.plus(Duration.ofHours(3)), now.minus(Duration.ofHours(20)));
		for (long groupBuy : List.of(open, closed)) {
			jdbc.sql("""
					insert into group_buy_item (group_buy_id, package_id, name, price_fen)
					select ?, id, name, price_fen from supply_package where supplier_id = ? and id < ? + 3""")
				.params(groupBuy, supplier, first)
				.update();
		}
		int orders = orders(closed, compound, first, now.minus(Duration.ofHours(2)), tomorrow);
		log.info("Demo supplies: {} packages, group buys {} (taking orders) and {} ({} orders, deadline passed)",
				suppliers.size() * OFFERS.size(), open, closed, orders);
	}

	private long groupBuy(long supplier, long compound, Instant deadline, LocalDate day, Instant slotStart, Instant opened) {
		return jdbc.sql("""
				insert into group_buy (supplier_id, compound_id, committee_id, street_id, district_id, status, deadline,
				    delivery_day, slot_start, slot_end, opened_by, opened_at)
				select ?, c.id, c.committee_id, c.street_id, c.district_id, 'OPEN', ?, ?, ?, ?, 'committee', ?
				from territory_node c where c.id = ? returning id""")
			.params(supplier, ts(deadline), day, ts(slotStart), ts(slotStart.plus(Duration.ofHours(2))), ts(opened), compound)
			.query(Long.class)
			.single();
	}

	/** Orders from the second household on of the compound's first building (the demo resident lives in the first). */
	private int orders(long groupBuy, long compound, long firstPackage, Instant placed, LocalDate day) {
		List<Long> households = jdbc.sql("""
				select h.id from household h where h.building_id = (select min(b.id) from territory_node b
				    where b.parent_id = ? and b.kind = 'BUILDING') order by h.room offset 1 limit 12""")
			.param(compound)
			.query(Long.class)
			.list();
		String[] remarks = { "给独居父母买的，请先打电话", null, "放楼下就好，我们楼封控", null, "谢谢志愿者", null };
		for (int i = 0; i < households.size(); i++) {
			long pack = firstPackage + i % 3;
			int quantity = 1 + i % 2;
			jdbc.sql("""
					insert into group_order (group_buy_id, household_id, building_id, compound_id, committee_id, street_id,
					    district_id, status, total_fen, paid, channel, remark, placed_by, placed_at)
					select ?, h.id, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id, 'PLACED',
					       p.price_fen * ?, ?, 'PHONE', ?, 'resident', ? from household h, supply_package p
					where h.id = ? and p.id = ?""")
				.params(groupBuy, quantity, i % 3 == 0, remarks[i % remarks.length], ts(placed), households.get(i), pack)
				.update();
			jdbc.sql("""
					insert into group_order_line (order_id, package_id, quantity, price_fen)
					select currval('group_order_id_seq'), id, ?, price_fen from supply_package where id = ?""")
				.params(quantity, pack)
				.update();
			jdbc.sql("""
					insert into package_stock (package_id, delivery_day, stock, taken)
					select id, ?, daily_stock - ?, ? from supply_package where id = ?
					on conflict (package_id, delivery_day) do update
					set stock = package_stock.stock - excluded.taken, taken = package_stock.taken + excluded.taken""")
				.params(day, quantity, quantity, pack)
				.update();
		}
		return households.size();
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	private record Offer(String name, List<String> contents, int priceFen, int dailyStock) {
	}
}
