package org.lifeline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.lifeline.dashboard.SummaryPasses;
import org.lifeline.demo.DemoCity;
import org.lifeline.demo.DemoScale;
import org.lifeline.identity.ApiTokens;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The command dashboard and map API under load: a demo city ({@code --scale}, default district) with positives
 * over 30 days as in the bulletin benchmark, topped up with position-only compounds to {@code --units} (default
 * 72,000, the city's zone units) spread over its committees, so the summary table has a city's size. The real
 * passes then write 30 days of figures (the earlier days rebuilt, today live), timed. {@code --users} (default 20)
 * clients then call, for {@code --seconds} (default 30), the dashboard, trend and map of the city, a district and
 * a street in turn with an API token, and the compounds of a zoomed-in box of the district; p95 over all calls.
 * The city and district maps answer one feature per street, the street and the box their compounds. Last, a new positive is reported and the city dashboard
 * polled until it shows it, with the schedule's default intervals: the seconds until the summaries are true.
 */
class DashboardBenchmark implements Benchmark {

	private static final String NAME = "dashboard";

	/** A box of 0.05° (about 5 × 5.5 km) the user zoomed into, where the topped-up compounds lie. */
	private static final String ZOOMED_IN = "121.40,31.15,121.45,31.20";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		DemoScale scale = DemoScale.parse(context.option("scale", "district"));
		int units = Integer.parseInt(context.option("units", "72000"));
		int users = Integer.parseInt(context.option("users", "20"));
		int seconds = Integer.parseInt(context.option("seconds", "30"));
		JdbcClient jdbc = context.bean(JdbcClient.class);
		Clock clock = context.bean(Clock.class);
		Territory territory = context.bean(Territory.class);
		SummaryPasses passes = context.bean(SummaryPasses.class);
		context.bean(DemoCity.class).generate(scale, DemoCity.DEFAULT_SEED);
		LocalDate today = LocalDate.now(clock);
		int cases = BulletinBenchmark.positives(jdbc, Math.max(100, (int) ((long) BulletinBenchmark.PEAK_DAY
				* scale.residents() / BulletinBenchmark.SHANGHAI)), 30, today, clock.instant());
		BulletinBenchmark.zones(jdbc, today);
		int added = topUp(jdbc, units);
		jdbc.sql("analyze").update();
		long compounds = jdbc.sql("select count(*) from territory_node where kind = 'COMPOUND'").query(Long.class).single();
		long residents = jdbc.sql("select count(*) from resident").query(Long.class).single();
		List<BenchmarkResult> results = new ArrayList<>();
		results.add(BenchmarkResult.info(NAME, "residents / compounds (position-only added)",
				String.format("%,d / %,d (%,d)", residents, compounds, added)));
		results.add(BenchmarkResult.info(NAME, "positives over 30 days", String.format("%,d", cases)));

		long t = System.nanoTime();
		passes.countResidents();
		results.add(BenchmarkResult.info(NAME, "resident pass (counts per compound and tag)", ms(t)));
		t = System.nanoTime();
		for (int back = 29; back >= 1; back--) {
			passes.rebuildDay(today.minusDays(back));
		}
		results.add(BenchmarkResult.info(NAME, "29 earlier days rebuilt", ms(t)));
		t = System.nanoTime();
		passes.refreshToday();
		double pass = (System.nanoTime() - t) / 1e9;
		results.add(new BenchmarkResult(NAME, "today's figures pass (every node)", String.format("%.1f s", pass),
				"≤ 25 s (30 s interval + pass ≤ 60 s)", pass <= 25));
		long rows = jdbc.sql("select count(*) from dashboard_figures").query(Long.class).single();
		results.add(BenchmarkResult.info(NAME, "summary rows (nodes × days)", String.format("%,d", rows)));

		TerritoryNode city = territory.city();
		TerritoryNode district = territory.children(city).get(0);
		TerritoryNode street = territory.children(district).get(0);
		String token = token(context, city.code());
		String base = "http://localhost:" + context.bean(Environment.class).getProperty("local.server.port");
		List<String> paths = List.of("/api/v1/dashboard/" + city.code(), "/api/v1/dashboard/" + city.code() + "/trend?days=30",
				"/api/v1/map/" + city.code(), "/api/v1/dashboard/" + district.code(),
				"/api/v1/dashboard/" + district.code() + "/trend?days=30", "/api/v1/map/" + district.code(),
				"/api/v1/dashboard/" + street.code(), "/api/v1/map/" + street.code(),
				"/api/v1/map/" + district.code() + "?bbox=" + ZOOMED_IN);
		sizes(results, base, token, paths);
		load(results, base, token, paths, users, seconds);
		results.add(freshness(jdbc, base, token, city.code(), today));
		return results;
	}

	/**
	 * Compounds with a position and no residents, spread over the committees, until the city has that many: one
	 * hash join on the committee's number, not a scan of the committees per compound.
	 */
	private static int topUp(JdbcClient jdbc, int units) {
		return jdbc.sql("""
				with c as (select id, district_id, street_id, row_number() over (order by id) - 1 as n
				           from territory_node where kind = 'COMMITTEE')
				insert into territory_node (code, kind, name, parent_id, district_id, street_id, committee_id, lat, lon)
				select 'BENCH-' || g, 'COMPOUND', '基准小区' || g, c.id, c.district_id, c.street_id, c.id,
				       31.0 + random() * 0.4, 121.2 + random() * 0.5
				from generate_series(1, greatest(0, :units - (select count(*) from territory_node where kind = 'COMPOUND'))) g
				join c on c.n = g % (select count(*) from territory_node where kind = 'COMMITTEE')""")
			.param("units", units)
			.update();
	}

	private static String token(BenchmarkContext context, String cityCode) {
		LifelineUser user = context.bean(Users.class)
			.createDemoAccount(new NewUser("bench-command", "Bench command", "bench-password-1", Role.CITY_COMMAND,
					cityCode, List.of(), null, null, null));
		return context.bean(ApiTokens.class).issue(user, "dashboard benchmark").token();
	}

	private static void load(List<BenchmarkResult> results, String base, String token, List<String> paths, int users,
			int seconds) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		for (String path : paths) {
			call(http, base + path, token);
		}
		long until = System.nanoTime() + seconds * 1_000_000_000L;
		AtomicInteger errors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		List<Future<List<long[]>>> clients = new ArrayList<>();
		for (int u = 0; u < users; u++) {
			int offset = u;
			clients.add(pool.submit(() -> {
				List<long[]> timings = new ArrayList<>();
				for (int i = offset; System.nanoTime() < until; i++) {
					int p = i % paths.size();
					long t = System.nanoTime();
					if (call(http, base + paths.get(p), token) != 200) {
						errors.incrementAndGet();
					}
					timings.add(new long[] { p, System.nanoTime() - t });
				}
				return timings;
			}));
		}
		List<long[]> all = new ArrayList<>();
		for (Future<List<long[]>> client : clients) {
			all.addAll(client.get());
		}
		pool.shutdown();
		long[] nanos = all.stream().mapToLong(x -> x[1]).sorted().toArray();
		double p95 = nanos[(int) (nanos.length * 0.95)] / 1e6;
		results.add(BenchmarkResult.info(NAME, users + " users for " + seconds + " s: calls / errors",
				String.format("%,d / %d (%.0f/s)", nanos.length, errors.get(), nanos.length / (double) seconds)));
		results.add(new BenchmarkResult(NAME, "dashboard + trend + map, all levels: p95", String.format("%.0f ms", p95),
				"≤ 200 ms", p95 <= 200 && errors.get() == 0));
		for (int p = 0; p < paths.size(); p++) {
			int path = p;
			long[] one = all.stream().filter(x -> x[0] == path).mapToLong(x -> x[1]).sorted().toArray();
			if (one.length > 0) {
				results.add(BenchmarkResult.info(NAME, "  p50 / p95 " + paths.get(p).replace("/api/v1", ""),
						String.format("%.0f / %.0f ms", one[one.length / 2] / 1e6, one[(int) (one.length * 0.95)] / 1e6)));
			}
		}
	}

	/** What each map call answers: features and bytes (the city and district maps one feature per street). */
	private static void sizes(List<BenchmarkResult> results, String base, String token, List<String> paths)
			throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String path : paths) {
			if (path.contains("/map/")) {
				String body = http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
					.GET().build(), HttpResponse.BodyHandlers.ofString()).body();
				int features = body.split("\"type\"\\s*:\\s*\"Feature\"", -1).length - 1;
				results.add(BenchmarkResult.info(NAME, "  answer of " + path.replace("/api/v1", ""),
						String.format("%,d features, %,d KB", features, body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1024)));
			}
		}
	}

	private static int call(HttpClient http, String url, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build();
		return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** A new positive today for a resident without one, then the city dashboard polled until it counts it. */
	private static BenchmarkResult freshness(JdbcClient jdbc, String base, String token, String cityCode,
			LocalDate today) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long before = newToday(http, base, token, cityCode);
		jdbc.sql("""
				insert into positive_case (resident_id, household_id, building_id, compound_id, committee_id, street_id,
				    district_id, compound_code, compound_name, district_code, type, reported_type, found_by, source,
				    status, reported_on, reported_at, reported_by, birth_date)
				select r.id, r.household_id, r.building_id, r.compound_id, r.committee_id, r.street_id, r.district_id,
				       c.code, c.name, d.code, 'ASYMPTOMATIC', 'ASYMPTOMATIC', 'SCREENING', 'DISTRICT', 'REPORTED',
				       :today, now(), 'bench', r.birth_date
				from resident r join territory_node c on c.id = r.compound_id join territory_node d on d.id = r.district_id
				where not exists (select 1 from positive_case p where p.resident_id = r.id)
				limit 1""").param("today", java.sql.Date.valueOf(today)).update();
		long start = System.nanoTime();
		while (System.nanoTime() - start < 120_000_000_000L) {
			if (newToday(http, base, token, cityCode) > before) {
				double s = (System.nanoTime() - start) / 1e9;
				return new BenchmarkResult(NAME, "a new positive shows on the city dashboard after",
						String.format("%.1f s", s), "≤ 60 s", s <= 60);
			}
			Thread.sleep(500);
		}
		return new BenchmarkResult(NAME, "a new positive shows on the city dashboard after", "> 120 s", "≤ 60 s", false);
	}

	private static long newToday(HttpClient http, String base, String token, String cityCode) throws Exception {
		String body = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dashboard/" + cityCode))
			.header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		int at = body.indexOf("\"newToday\":");
		int end = at < 0 ? -1 : body.indexOf(',', at);
		return at < 0 ? -1 : Long.parseLong(body.substring(at + 11, end).trim());
	}

	private static String ms(long start) {
		return String.format("%,.0f ms", (System.nanoTime() - start) / 1e6);
	}
}
