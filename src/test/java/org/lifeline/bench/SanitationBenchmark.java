package org.lifeline.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.lifeline.demo.DemoCity;
import org.lifeline.demo.DemoScale;
import org.lifeline.sanitation.SanitationPlanner;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.lifeline.zones.Zoning;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A district's sanitation day: the demo city at {@code --scale} (default district), a third of the first
 * district's compounds sealed and a third controlled, then the day planned for that district (key points of every
 * building, disinfection rounds by zone, door pickups of sealed buildings) and planned again (nothing to add), and
 * sanitation's share of {@code --lists} volunteers' task lists (default 300; two buildings each) read through the
 * published task interface.
 */
class SanitationBenchmark implements Benchmark {

	private static final String NAME = "sanitation";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		DemoScale scale = DemoScale.parse(context.option("scale", "district"));
		int lists = Integer.parseInt(context.option("lists", "300"));
		JdbcClient jdbc = context.bean(JdbcClient.class);
		Territory territory = context.bean(Territory.class);
		context.bean(DemoCity.class).generate(scale, DemoCity.DEFAULT_SEED);
		TerritoryNode district = territory.children(territory.city()).stream()
			.filter(n -> n.kind() == TerritoryKind.DISTRICT)
			.findFirst()
			.orElseThrow();
		jdbc.sql("""
				insert into compound_zone (compound_id, district_id, zone, since, reason, changed_by)
				select id, district_id, case when id % 3 = 0 then 'SEALED' else 'CONTROLLED' end, now(), 'bench', 'bench'
				from territory_node where kind = 'COMPOUND' and district_id = ? and id % 3 <> 1
				on conflict (compound_id) do update set zone = excluded.zone""")
			.param(district.id())
			.update();
		long buildings = jdbc.sql("select count(*) from territory_node where kind = 'BUILDING' and district_id = ?")
			.param(district.id()).query(Long.class).single();
		LocalDate today = LocalDate.now(context.bean(Clock.class).withZone(Zoning.SHANGHAI));
		SanitationPlanner planner = context.bean(SanitationPlanner.class);

		List<BenchmarkResult> results = new ArrayList<>();
		results.add(BenchmarkResult.info(NAME, "district / buildings", String.format("%s / %,d", district.name(), buildings)));
		long start = System.nanoTime();
		SanitationPlanner.Plan plan = planner.plan(today, district.scope());
		double first = (System.nanoTime() - start) / 1e9;
		results.add(BenchmarkResult.info(NAME, "day planned: points / disinfection rounds / door pickups",
				String.format("%,d / %,d / %,d", plan.points(), plan.disinfectionRounds(), plan.pickups())));
		results.add(new BenchmarkResult(NAME, "district's day planned (first run)", String.format("%.2f s", first),
				"≤ 10 s", first <= 10));
		jdbc.sql("analyze disinfection_point").update();
		jdbc.sql("analyze disinfection_task").update();
		jdbc.sql("analyze garbage_pickup").update();
		start = System.nanoTime();
		planner.plan(today, district.scope());
		results.add(BenchmarkResult.info(NAME, "planned again (nothing added)",
				String.format("%.2f s", (System.nanoTime() - start) / 1e9)));
		results.add(taskLists(context, jdbc, district, today, lists));
		return results;
	}

	private static BenchmarkResult taskLists(BenchmarkContext context, JdbcClient jdbc, TerritoryNode district,
			LocalDate today, int lists) {
		List<Long> buildings = jdbc.sql("select id from territory_node where kind = 'BUILDING' and district_id = ? order by id")
			.param(district.id()).query(Long.class).list();
		Map<String, VolunteerTaskSource> sources = context.application().getBeansOfType(VolunteerTaskSource.class);
		SplittableRandom random = new SplittableRandom(2022);
		double[] millis = new double[lists];
		int tasks = 0;
		for (int i = 0; i < lists; i++) {
			TaskScope scope = new TaskScope(i, "bench", Set.of(buildings.get(random.nextInt(buildings.size())),
					buildings.get(random.nextInt(buildings.size()))));
			long start = System.nanoTime();
			for (VolunteerTaskSource source : sources.values()) {
				if (source.getClass().getPackageName().startsWith("org.lifeline.sanitation")) {
					tasks += source.tasks(scope, today).size();
				}
			}
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		double p95 = millis[(int) Math.ceil(lists * 0.95) - 1];
		return new BenchmarkResult(NAME, String.format("sanitation's tasks in a volunteer's list: p95 of %,d lists "
				+ "(%,d tasks, median %.1f ms)", lists, tasks, millis[lists / 2]), String.format("%.1f ms", p95),
				"≤ 100 ms", p95 <= 100);
	}
}
