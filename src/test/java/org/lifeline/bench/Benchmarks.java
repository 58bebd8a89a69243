package org.lifeline.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.LifelineApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the benchmarks against a fresh embedded PostgreSQL and prints one table. Started by {@code bench/run};
 * arguments are benchmark names to run (all when none) and options such as {@code --scale district}.
 */
public final class Benchmarks {

	/**
	 * What every run needs whatever the configuration says: a throwaway database with no demo city in it. Given as
	 * command-line arguments, which outrank application.properties ({@code lifeline.demo=small}) and the
	 * environment; default properties would rank below both, and the small demo city would load first.
	 */
	static final String[] HARNESS = { "--lifeline.db.embedded-throwaway=true", "--lifeline.demo=off", "--server.port=0",
			"--logging.level.root=WARN", "--spring.main.banner-mode=off" };

	private static List<Benchmark> all() {
		return List.of(new GenerationBenchmark(), new ImportBenchmark(), new DispatchBenchmark(), new SupplyBenchmark(),
				new ScreeningRoundBenchmark(), new BulletinBenchmark(), new ZoneBenchmark(),
				new IsolationPeakBenchmark(), new SanitationBenchmark(), new CareBenchmark(), new DashboardBenchmark(),
				new SurgeBenchmark());
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		List<String> selected = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--") && i + 1 < args.length) {
				options.put(args[i].substring(2), args[++i]);
			}
			else {
				selected.add(args[i]);
			}
		}
		List<BenchmarkResult> results = new ArrayList<>();
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LifelineApplication.class)
			.web(WebApplicationType.SERVLET)
			.run(HARNESS)) {
			BenchmarkContext context = new BenchmarkContext(app, options);
			for (Benchmark benchmark : all()) {
				if (selected.isEmpty() || selected.contains(benchmark.name())) {
					System.out.println("running " + benchmark.name() + " ...");
					results.addAll(benchmark.run(context));
				}
			}
		}
		print(results);
	}

	private static void print(List<BenchmarkResult> results) {
		String format = "| %-22s | %-52s | %-22s | %-26s | %-4s |%n";
		System.out.printf(format, "benchmark", "measure", "value", "target", "met");
		System.out.printf(format, "-".repeat(22), "-".repeat(52), "-".repeat(22), "-".repeat(26), "----");
		for (BenchmarkResult r : results) {
			System.out.printf(format, r.benchmark(), r.measure(), r.value(), r.target(),
					r.met() == null ? "" : r.met() ? "yes" : "NO");
		}
	}
}
