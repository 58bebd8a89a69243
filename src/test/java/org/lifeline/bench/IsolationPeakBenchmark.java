package org.lifeline.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseType;
import org.lifeline.isolation.Allocated;
import org.lifeline.isolation.Allocations;
import org.lifeline.territory.NewTerritoryNode;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 13 April 2022 peak: {@code --cases} positives (default 27,719: 2,573 confirmed, the rest asymptomatic) in
 * 16 districts of {@code --compounds} compounds each (default 60), allocated to ~240,000 beds in 120 facilities
 * by {@link Allocations#allocate(List, String)}, timed from reading the queue's compounds to the last bed held.
 * The facilities and beds are written by the benchmark in one set-based SQL statement per table into isolation's
 * own tables; the queue is made in memory in the shape cases' {@code awaitingTransfer} answers (cases' table is
 * not filled), and handed to the allocation's entry point for a given queue.
 */
class IsolationPeakBenchmark implements Benchmark {

	private static final String NAME = "isolation-peak";

	private static final int DISTRICTS = 16;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		int cases = Integer.parseInt(context.option("cases", "27719"));
		int compoundsPerDistrict = Integer.parseInt(context.option("compounds", "60"));
		JdbcClient jdbc = context.bean(JdbcClient.class);
		List<List<TerritoryNode>> districts = territory(context.bean(Territory.class), compoundsPerDistrict);
		facilities(jdbc, districts);
		List<CaseInQueue> queue = queue(districts, cases, new Random(2022));
		long beds = jdbc.sql("select sum(b.capacity) from isolation_bed b join isolation_facility f on f.id = b.facility_id where f.open")
			.query(Long.class)
			.single();
		long facilityCount = jdbc.sql("select count(*) from isolation_facility where open").query(Long.class).single();

		long started = System.nanoTime();
		Allocated done = context.bean(Allocations.class).allocate(queue, "bench");
		double seconds = (System.nanoTime() - started) / 1e9;

		long overCapacity = jdbc.sql("select count(*) from isolation_bed where occupied + held > capacity").query(Long.class).single();
		long held = jdbc.sql("select count(*) from isolation_placement where status = 'HELD'").query(Long.class).single();
		Map<String, Integer> reasons = new TreeMap<>();
		done.left().forEach(l -> reasons.merge(l.reasonKey() + " " + l.facts().get(0), 1, Integer::sum));
		boolean everyCaseAccounted = done.allocated() + done.left().size() == cases && held == done.allocated();
		List<BenchmarkResult> rows = new ArrayList<>();
		rows.add(BenchmarkResult.info(NAME, "positives in the queue / open facilities / their beds",
				String.format("%,d / %,d / %,d", cases, facilityCount, beds)));
		rows.add(new BenchmarkResult(NAME, "allocation (read, place, hold)", String.format("%.2f s", seconds), "≤ 10 s",
				seconds <= 10));
		rows.add(BenchmarkResult.info(NAME, "allocated / left over (backlog)",
				String.format("%,d / %,d", done.allocated(), done.left().size())));
		rows.add(new BenchmarkResult(NAME, "every case placed or left with a reason; beds over capacity",
				everyCaseAccounted + "; " + overCapacity, "true; 0", everyCaseAccounted && overCapacity == 0
						&& done.left().stream().allMatch(l -> l.reasonKey() != null)));
		reasons.forEach((reason, count) -> rows.add(BenchmarkResult.info(NAME, "left: " + reason, String.format("%,d", count))));
		return rows;
	}

	/** 16 districts, each with a street, a committee and its compounds spread over ~10 km. */
	private static List<List<TerritoryNode>> territory(Territory territory, int compounds) {
		String prefix = "PK" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
		TerritoryNode city;
		try {
			city = territory.city();
		}
		catch (NotFoundException none) {
			city = territory.add(new NewTerritoryNode("310000", TerritoryKind.CITY, "上海市", null, null, null, null));
		}
		Random random = new Random(13);
		List<List<TerritoryNode>> districts = new ArrayList<>();
		for (int d = 0; d < DISTRICTS; d++) {
			double lat = 31.0 + (d / 4) * 0.12;
			double lon = 121.2 + (d % 4) * 0.14;
			String code = prefix + "-D" + d;
			TerritoryNode district = territory.add(new NewTerritoryNode(code, TerritoryKind.DISTRICT, "峰值区" + d, city.code(), null, lat, lon));
			territory.add(new NewTerritoryNode(code + "S", TerritoryKind.STREET, "街道" + d, code, null, null, null));
			territory.add(new NewTerritoryNode(code + "C", TerritoryKind.COMMITTEE, "居委" + d, code + "S", null, null, null));
			List<TerritoryNode> nodes = new ArrayList<>(List.of(district));
			for (int c = 0; c < compounds; c++) {
				nodes.add(territory.add(new NewTerritoryNode(code + "P" + c, TerritoryKind.COMPOUND, "小区" + c, code + "C",
						"路" + c + "号", lat + (random.nextDouble() - 0.5) * 0.1, lon + (random.nextDouble() - 0.5) * 0.1)));
			}
			districts.add(nodes);
		}
		return districts;
	}

	/**
	 * 120 facilities, ~240,000 beds: per district a designated hospital (1,000 beds of all kinds), five shelters
	 * (1,500, with 60 paediatric) and a hotel (500); and 8 city shelters of 12,000 general beds.
	 */
	private static void facilities(JdbcClient jdbc, List<List<TerritoryNode>> districts) {
		jdbc.sql("update isolation_facility set open = false").update();
		Long[] ids = districts.stream().map(d -> d.get(0).id()).toArray(Long[]::new);
		Double[] lats = districts.stream().map(d -> d.get(0).lat()).toArray(Double[]::new);
		Double[] lons = districts.stream().map(d -> d.get(0).lon()).toArray(Double[]::new);
		jdbc.sql("""
				insert into isolation_facility (code, name, kind, district_id, hospital_code, lat, lon, updated_by, updated_at)
				select 'PKH' || d.id, '定点医院' || d.n, 'DESIGNATED_HOSPITAL', d.id, 'PKH' || d.id, d.lat + 0.01, d.lon, 'bench', now()
				from unnest(?::bigint[], ?::float8[], ?::float8[]) with ordinality as d(id, lat, lon, n)
				union all
				select 'PKF' || d.id || '-' || s, '方舱' || d.n || '-' || s, 'DISTRICT_SHELTER', d.id, null,
				       d.lat + 0.03 * cos(s), d.lon + 0.03 * sin(s), 'bench', now()
				from unnest(?::bigint[], ?::float8[], ?::float8[]) with ordinality as d(id, lat, lon, n), generate_series(1, 5) s
				union all
				select 'PKT' || d.id, '隔离酒店' || d.n, 'ISOLATION_HOTEL', d.id, null, d.lat - 0.02, d.lon + 0.02, 'bench', now()
				from unnest(?::bigint[], ?::float8[], ?::float8[]) with ordinality as d(id, lat, lon, n)
				union all
				select 'PKC' || s || '-' || floor(extract(epoch from now())), '市级方舱' || s, 'CITY_SHELTER', null, null,
				       31.0 + 0.05 * s, 121.3 + 0.04 * s, 'bench', now()
				from generate_series(1, 8) s""")
			.params(ids, lats, lons, ids, lats, lons, ids, lats, lons)
			.update();
		jdbc.sql("""
				insert into isolation_bed (facility_id, kind, capacity)
				select f.id, b.kind, b.capacity
				from isolation_facility f
				join (values ('DESIGNATED_HOSPITAL', 'GENERAL', 400), ('DESIGNATED_HOSPITAL', 'OXYGEN', 100),
				             ('DESIGNATED_HOSPITAL', 'ELDERLY_WITH_CONDITIONS', 400), ('DESIGNATED_HOSPITAL', 'PAEDIATRIC_WITH_CARER', 100),
				             ('DISTRICT_SHELTER', 'GENERAL', 1440), ('DISTRICT_SHELTER', 'PAEDIATRIC_WITH_CARER', 60),
				             ('ISOLATION_HOTEL', 'GENERAL', 500), ('CITY_SHELTER', 'GENERAL', 12000))
				     as b(facility_kind, kind, capacity) on b.facility_kind = f.kind
				where f.open""")
			.update();
	}

	/**
	 * The day's queue: households of one to three positives, most in a few hard-hit districts (Pudong-like), with
	 * children (8%), the elderly with conditions (6%), pregnant (0.5%) and dialysis (0.2%) as the resident facts say.
	 */
	private static List<CaseInQueue> queue(List<List<TerritoryNode>> districts, int cases, Random random) {
		List<CaseInQueue> queue = new ArrayList<>();
		Instant at = Instant.parse("2022-04-13T00:00:00Z");
		long household = 1_000_000_000L;
		while (queue.size() < cases) {
			List<TerritoryNode> district = districts.get(random.nextDouble() < 0.45 ? random.nextInt(3) : random.nextInt(DISTRICTS));
			TerritoryNode compound = district.get(1 + random.nextInt(district.size() - 1));
			int members = 1 + (random.nextDouble() < 0.25 ? 1 + random.nextInt(2) : 0);
			household++;
			for (int m = 0; m < members && queue.size() < cases; m++) {
				long id = 2_000_000_000L + queue.size();
				queue.add(new CaseInQueue(id, id, household, compound.id(), compound.id(), compound.streetId() == null ? 0 : compound.streetId(),
						compound.districtId(), queue.size() < 2573 ? CaseType.CONFIRMED : CaseType.ASYMPTOMATIC,
						LocalDate.of(2022, 4, 13), at.plusSeconds(queue.size()), 30, needs(random)));
			}
		}
		return queue;
	}

	private static Set<String> needs(Random random) {
		double r = random.nextDouble();
		if (r < 0.08) {
			return Set.of("CHILD");
		}
		if (r < 0.14) {
			return Set.of("ELDERLY_WITH_CONDITIONS");
		}
		if (r < 0.145) {
			return Set.of("PREGNANT");
		}
		return r < 0.147 ? Set.of("DIALYSIS") : Set.of();
	}
}
