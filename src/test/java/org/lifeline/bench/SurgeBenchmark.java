package org.lifeline.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A surge at ten times the sustainable load on every hot write path, over HTTP on this node: request filings,
 * sampling scans, lab result uploads, group-buy orders and care check-ins. For each path a warm-up and a
 * sustainable run with {@code --callers} callers (at most the path's admission limit, so none is refused), then a
 * run with ten times as many; afterwards the database is asked whether every write the callers saw acknowledged
 * is stored, and none twice. Options: {@code --residents} (10,000), {@code --seconds} per run (10),
 * {@code --warmup} seconds (5), {@code --callers} (8), {@code --stock} (5,000), {@code --results-per-upload} (20).
 */
class SurgeBenchmark implements Benchmark {

	private static final String NAME = "surge";

	private static final int SURGE = 10;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		int residents = Integer.parseInt(context.option("residents", "10000"));
		Duration length = Duration.ofSeconds(Long.parseLong(context.option("seconds", "10")));
		Duration warmup = Duration.ofSeconds(Long.parseLong(context.option("warmup", "5")));
		int callers = Integer.parseInt(context.option("callers", "8"));
		int stock = Integer.parseInt(context.option("stock", "5000"));
		int perUpload = Integer.parseInt(context.option("results-per-upload", "20"));
		SurgeCity city = SurgeCity.seed(context, residents, 200, stock);
		JdbcClient jdbc = context.bean(JdbcClient.class);
		Environment env = context.application().getEnvironment();
		int port = env.getRequiredProperty("local.server.port", Integer.class);
		SurgeLoad load = new SurgeLoad(port, city.token());
		List<BenchmarkResult> results = new ArrayList<>();
		results.add(BenchmarkResult.info(NAME, "residents / households; seconds per run",
				String.format("%,d / %,d; %d s", city.highResident() - city.lowResident() + 1, city.households().size(),
						length.toSeconds())));
		List<String> rows = new ArrayList<>();
		surge(SurgePaths.requests(city, env), load, callers, warmup, length, jdbc, results, rows);
		List<String> tubes = surge(SurgePaths.scans(city, env), load, callers, warmup, length, jdbc, results, rows);
		surge(SurgePaths.results(tubes, perUpload, env), load, callers, warmup, length, jdbc, results, rows);
		surge(SurgePaths.orders(city, env), load, callers, warmup, length, jdbc, results, rows);
		surge(SurgePaths.checkIns(city, env), load, callers, warmup, length, jdbc, results, rows);
		System.out.println();
		System.out.println("| path | admitted at once | sustainable callers: accepted/s, p99 | surge callers: calls/s "
				+ "| surge: accepted / 4xx / fast 503 | 503 p50 / p99 / max | slow (> 1 s) | errors "
				+ "| acknowledged / missing / twice |");
		System.out.println("|---|---|---|---|---|---|---|---|---|");
		rows.forEach(System.out::println);
		System.out.println();
		return results;
	}

	/** Warm-up, sustainable run and surge on one path, then the check; answers the keys acknowledged. */
	private static List<String> surge(SurgePath path, SurgeLoad load, int callers, Duration warmup, Duration length,
			JdbcClient jdbc, List<BenchmarkResult> results, List<String> table) throws InterruptedException {
		int steady = Math.min(callers, path.admitted());
		SurgeLoad.Tally warm = load.run(path, steady, warmup);
		SurgeLoad.Tally sustained = load.run(path, steady, length);
		SurgeLoad.Tally surge = load.run(path, steady * SURGE, length);
		List<String> acknowledged = new ArrayList<>(warm.acknowledged);
		acknowledged.addAll(sustained.acknowledged);
		acknowledged.addAll(surge.acknowledged);
		List<BenchmarkResult> checked = path.check(jdbc, acknowledged);
		String p = path.name() + ": ";
		results.add(BenchmarkResult.info(NAME, p + "sustainable, " + steady + " callers",
				String.format("%,.0f/s, p99 %s", sustained.acceptedPerSecond(), millis(sustained.acceptedNanos, 0.99))));
		results.add(BenchmarkResult.info(NAME, p + "surge, " + steady * SURGE + " callers: calls/s",
				String.format("%,.0f/s (%.1f×)", surge.callsPerSecond(),
						surge.callsPerSecond() / Math.max(1, sustained.acceptedPerSecond()))));
		results.add(BenchmarkResult.info(NAME, p + "surge: accepted / 4xx / fast 503",
				String.format("%,d / %,d / %,d", surge.accepted.get(), surge.refused.get(), surge.busyNanos.size())));
		results.add(BenchmarkResult.info(NAME, p + "surge: 503 latency p50 / p99 / max",
				millis(surge.busyNanos, 0.5) + " / " + millis(surge.busyNanos, 0.99) + " / " + millis(surge.busyNanos, 1)));
		long errors = warm.errors.get() + sustained.errors.get() + surge.errors.get();
		results.add(new BenchmarkResult(NAME, p + "slow answers in surge (> 1 s) / errors, all runs",
				surge.slow.get() + " / " + errors + (surge.errorKinds.isEmpty() ? "" : " " + surge.errorKinds), "0 errors",
				errors == 0));
		results.addAll(checked);
		table.add(String.format("| %s | %d | %d: %,.0f/s, %s | %d: %,.0f/s | %,d / %,d / %,d | %s / %s / %s | %d | %d | %s |",
				path.name(), path.admitted(), steady, sustained.acceptedPerSecond(), millis(sustained.acceptedNanos, 0.99),
				steady * SURGE, surge.callsPerSecond(), surge.accepted.get(), surge.refused.get(), surge.busyNanos.size(),
				millis(surge.busyNanos, 0.5), millis(surge.busyNanos, 0.99), millis(surge.busyNanos, 1), surge.slow.get(),
				errors, checked.get(0).value()));
		return acknowledged;
	}

	/** The q-quantile of the latencies in milliseconds ("–" when there are none). */
	private static String millis(List<Long> nanos, double q) {
		if (nanos.isEmpty()) {
			return "–";
		}
		long[] sorted;
		synchronized (nanos) {
			sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		}
		int at = Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1);
		return String.format("%.1f ms", sorted[Math.max(0, at)] / 1e6);
	}
}
