package org.lifeline.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.ConflictException;
import org.lifeline.supplies.BuildingList;
import org.lifeline.supplies.DeliverySlot;
import org.lifeline.supplies.GroupBuyView;
import org.lifeline.supplies.GroupBuys;
import org.lifeline.supplies.GroupOrders;
import org.lifeline.supplies.LastHundredMetres;
import org.lifeline.supplies.NewGroupBuy;
import org.lifeline.supplies.NewOrder;
import org.lifeline.supplies.NewPackage;
import org.lifeline.supplies.NewSupplier;
import org.lifeline.supplies.PackageView;
import org.lifeline.supplies.Suppliers;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.territory.TestTerritory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Group buys under load: a burst of concurrent orders on one group buy ({@code --orders}, default 2,000, by
 * {@code --threads} callers, default 16 (the size of the connection pool), against {@code --stock}, default 1,500) through {@link GroupOrders}, with
 * proof that nothing was oversold; then {@code --aggregate} orders (default 10,000) gathered into building delivery
 * lists by {@link LastHundredMetres}.
 */
class SupplyBenchmark implements Benchmark {

	private static final String NAME = "supplies";

	private static final int BUILDINGS = 50;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		int burst = Integer.parseInt(context.option("orders", "2000"));
		int threads = Integer.parseInt(context.option("threads", "16"));
		int stock = Integer.parseInt(context.option("stock", "1500"));
		int aggregate = Integer.parseInt(context.option("aggregate", "10000"));
		JdbcClient jdbc = context.bean(JdbcClient.class);
		Clock clock = context.bean(Clock.class);
		Territory territory = context.bean(Territory.class);
		TestTerritory place = TestTerritory.create(territory, 1);
		TerritoryNode compound = place.compound();
		int rooms = Math.max(aggregate, burst) / BUILDINGS + 1;
		households(jdbc, territory, compound, rooms);
		LifelineUser admin = new LifelineUser(0, "bench", "bench", Role.ADMINISTRATOR, territory.city().id(),
				TerritoryKind.CITY, territory.city().code(), null, null, null, Set.of());
		Suppliers suppliers = context.bean(Suppliers.class);
		long supplier = suppliers.register(new NewSupplier("压测超市" + place.prefix(), "BENCH-" + place.prefix(),
				LocalDate.now(clock).plusMonths(1), null, null), admin).id();
		PackageView box = suppliers.addPackage(supplier, new NewPackage("压测套餐", List.of("大米 5kg", "鸡蛋 30枚"), 9900,
				stock, null), admin);
		GroupBuys groupBuys = context.bean(GroupBuys.class);
		GroupBuyView burstBuy = open(groupBuys, compound, box, admin, clock);
		List<Long> ids = jdbc.sql("select id from household where compound_id = ? order by id").param(compound.id())
			.query(Long.class).list();

		List<BenchmarkResult> results = new ArrayList<>();
		results.addAll(burst(context.bean(GroupOrders.class), groupBuys, burstBuy, box, ids, admin, burst, threads, jdbc));
		results.addAll(aggregate(context.bean(LastHundredMetres.class), groupBuys, jdbc, compound, suppliers, supplier,
				admin, clock, aggregate));
		return results;
	}

	private List<BenchmarkResult> burst(GroupOrders orders, GroupBuys groupBuys, GroupBuyView g, PackageView box,
			List<Long> households, LifelineUser admin, int burst, int threads, JdbcClient jdbc) throws Exception {
		int before = groupBuys.view(g.id(), admin, TerritoryScope.everything()).items().get(0).stock();
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		java.util.Map<String, Integer> errors = new java.util.concurrent.ConcurrentSkipListMap<>();
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		List<Future<?>> calls = new ArrayList<>();
		for (int i = 0; i < burst; i++) {
			long household = households.get(i % households.size());
			calls.add(pool.submit(() -> {
				go.await();
				try {
					orders.place(g.id(), new NewOrder(household, List.of(new NewOrder.Line(box.id(), 1)), null), admin,
							TerritoryScope.everything());
					accepted.incrementAndGet();
				}
				catch (ConflictException e) {
					refused.incrementAndGet();
				}
				catch (RuntimeException e) {
					failed.incrementAndGet();
					errors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
				}
				return null;
			}));
		}
		long start = System.nanoTime();
		go.countDown();
		for (Future<?> call : calls) {
			call.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		GroupBuyView after = groupBuys.view(g.id(), admin, TerritoryScope.everything());
		long ordered = after.items().get(0).ordered();
		int left = after.items().get(0).stock();
		long taken = jdbc.sql("select taken from package_stock where package_id = ?").param(box.id()).query(Long.class).single();
		long orderRows = jdbc.sql("select count(*) from group_order where group_buy_id = ? and status = 'PLACED'")
			.param(g.id()).query(Long.class).single();
		boolean proof = ordered == taken && ordered == before - left && left >= 0 && accepted.get() == orderRows;
		return List.of(
				BenchmarkResult.info(NAME, "burst: orders fired / callers", String.format("%,d / %d", burst, threads)),
				BenchmarkResult.info(NAME, "burst: accepted / refused 409 / other errors",
						String.format("%,d / %,d / %d %s", accepted.get(), refused.get(), failed.get(),
								errors.isEmpty() ? "" : errors.toString())),
				BenchmarkResult.info(NAME, "burst: seconds", String.format("%.2f s", seconds)),
				new BenchmarkResult(NAME, "burst: orders handled per second", String.format("%,.0f/s", burst / seconds), "", null),
				BenchmarkResult.info(NAME, "burst: stock before / after", before + " / " + left),
				new BenchmarkResult(NAME, "burst: ordered == taken == before - after, >= 0",
						String.format("%,d == %,d == %,d, %d", ordered, taken, before - left, left), "no oversell", proof));
	}

	private List<BenchmarkResult> aggregate(LastHundredMetres lists, GroupBuys groupBuys, JdbcClient jdbc,
			TerritoryNode compound, Suppliers suppliers, long supplier, LifelineUser admin, Clock clock, int count) {
		PackageView box = suppliers.addPackage(supplier, new NewPackage("汇总套餐", List.of("青菜 1kg"), 5800, count * 2, null), admin);
		GroupBuyView g = open(groupBuys, compound, box, admin, clock);
		long start = System.nanoTime();
		jdbc.sql("""
				insert into group_order (group_buy_id, household_id, building_id, compound_id, committee_id, street_id,
				    district_id, status, total_fen, channel, remark, placed_by, placed_at)
				select ?, h.id, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id, 'PLACED', 5800,
				       'PHONE', case when h.id % 7 = 0 then '请先打电话' end, 'bench', now()
				from household h where h.compound_id = ? order by h.id limit ?""")
			.params(g.id(), compound.id(), count)
			.update();
		jdbc.sql("insert into group_order_line (order_id, package_id, quantity, price_fen) select id, ?, 1, 5800 from group_order where group_buy_id = ?")
			.params(box.id(), g.id())
			.update();
		double written = (System.nanoTime() - start) / 1e9;
		lists.buildings(g.id(), admin, TerritoryScope.everything());
		start = System.nanoTime();
		List<BuildingList> buildings = lists.buildings(g.id(), admin, TerritoryScope.everything());
		double gathered = (System.nanoTime() - start) / 1e9;
		long doors = buildings.stream().mapToLong(b -> b.doors().size()).sum();
		return List.of(
				BenchmarkResult.info(NAME, "aggregate: orders written (set-based SQL)",
						String.format("%,d in %.2f s", count, written)),
				new BenchmarkResult(NAME, "aggregate: building delivery lists",
						String.format("%d buildings, %,d doors in %.0f ms", buildings.size(), doors, gathered * 1000), "",
						null));
	}

	private static GroupBuyView open(GroupBuys groupBuys, TerritoryNode compound, PackageView box, LifelineUser admin,
			Clock clock) {
		Instant now = clock.instant();
		return groupBuys.open(new NewGroupBuy(compound.code(), List.of(box.id()), now.plus(Duration.ofHours(6)),
				new DeliverySlot(now.plus(Duration.ofHours(20)), now.plus(Duration.ofHours(22)))), admin,
				TerritoryScope.everything());
	}

	private static void households(JdbcClient jdbc, Territory territory, TerritoryNode compound, int rooms) {
		for (int b = 1; b <= BUILDINGS; b++) {
			TerritoryNode building = territory.buildingOf(compound, String.valueOf(b));
			jdbc.sql("""
					insert into household (building_id, compound_id, committee_id, street_id, district_id, room)
					select ?, ?, ?, ?, ?, ((r / 10 + 1) * 100 + r % 10 + 1)::text from generate_series(0, ? - 1) r""")
				.params(building.id(), compound.id(), compound.committeeId(), compound.streetId(), compound.districtId(), rooms)
				.update();
		}
	}
}
