package org.lifeline.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.lifeline.demo.DemoCity;
import org.lifeline.demo.DemoScale;
import org.lifeline.screening.LabResults;
import org.lifeline.screening.ResultReport;
import org.lifeline.screening.RoundCoverage;
import org.lifeline.territory.TerritoryScope;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A city screening round ({@code --scale small|district|city}, default district): the demo city's residents are
 * sampled into pooled tubes of ten per building (about 3% left unsampled), the tube and sample rows written with
 * COPY; a lab results CSV of one row per tube with about 0.3% positive pools is written; then (a) the results
 * ingest through the real path ({@link LabResults#upload}: read, check, COPY into staging, the one merge with its
 * rechecks) is compared with a raw COPY of the same file into the same staging table, and (b) the whole round from
 * file to rechecks and coverage per compound is timed. The same file is sent once more to time "unchanged".
 */
class ScreeningRoundBenchmark implements Benchmark {

	private static final String NAME = "screening-round";

	private static final int POOL = 10;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		DemoScale scale = DemoScale.parse(context.option("scale", "district"));
		List<BenchmarkResult> results = new ArrayList<>();
		long start = System.nanoTime();
		context.bean(DemoCity.class).generate(scale, DemoCity.DEFAULT_SEED);
		results.add(BenchmarkResult.info(NAME, "scale; demo city generated in", scale.name().toLowerCase() + "; "
				+ seconds(start)));
		JdbcClient jdbc = context.bean(JdbcClient.class);
		DataSource dataSource = context.bean(DataSource.class);
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long round = plan(jdbc, day);
		start = System.nanoTime();
		long[] sampled = sample(dataSource, jdbc, round, day);
		results.add(BenchmarkResult.info(NAME, "residents sampled / tubes (COPY)", String.format("%,d / %,d in %s",
				sampled[0], sampled[1], seconds(start))));
		Path csv = Files.createTempFile("lifeline-results", ".csv");
		try {
			long positives = writeResults(jdbc, csv, round, day);
			results.add(BenchmarkResult.info(NAME, "results file rows / positive pools", String.format("%,d / %,d (%.2f%%)",
					sampled[1], positives, 100.0 * positives / sampled[1])));
			double raw = rawCopy(dataSource, csv, sampled[1]);
			results.add(BenchmarkResult.info(NAME, "raw COPY of the file into result_staging", perSecond(raw)));
			context.explainSlowStatementsWhenAsked();
			LabResults lab = context.bean(LabResults.class);
			long roundStart = System.nanoTime();
			ResultReport report = lab.upload(csv, "bench-lab");
			double ingest = sampled[1] / ((System.nanoTime() - roundStart) / 1e9);
			results.add(BenchmarkResult.info(NAME, "ingest applied / unmatched", String.format("%,d / %,d",
					report.applied(), report.unmatched().size())));
			results.add(new BenchmarkResult(NAME, "results ingest (read, stage, merge, rechecks)", perSecond(ingest),
					"≥ 50% of raw COPY", ingest >= raw / 2));
			results.add(BenchmarkResult.info(NAME, "ingest / raw COPY", String.format("%.0f%%", 100 * ingest / raw)));
			List<RoundCoverage.CompoundCoverage> compounds = context.bean(RoundCoverage.class)
				.compounds(round, TerritoryScope.everything());
			double whole = (System.nanoTime() - roundStart) / 1e9;
			long awaiting = jdbc.sql("select count(*) from resident_screening where status = 'AWAITING_RECHECK'")
				.query(Long.class).single();
			long tasks = jdbc.sql("select count(*) from home_sampling_task where reason = 'RECHECK'").query(Long.class).single();
			long missing = compounds.stream().mapToLong(c -> c.coverage().missing()).sum();
			results.add(BenchmarkResult.info(NAME, "awaiting recheck / RECHECK tasks", String.format("%,d / %,d", awaiting, tasks)));
			results.add(BenchmarkResult.info(NAME, "compounds with coverage / missing residents",
					String.format("%,d / %,d", compounds.size(), missing)));
			results.add(new BenchmarkResult(NAME, "whole round: file → rechecks → coverage per compound",
					String.format("%.1f s", whole), "≤ 120 s", whole <= 120));
			start = System.nanoTime();
			ResultReport again = lab.upload(csv, "bench-lab");
			results.add(BenchmarkResult.info(NAME, "same file again: unchanged, in", String.format("%,d, %s",
					again.unchanged(), seconds(start))));
		}
		finally {
			Files.deleteIfExists(csv);
		}
		return results;
	}

	/** One round over every compound, as a district plans it. */
	private static long plan(JdbcClient jdbc, LocalDate day) {
		long round = jdbc.sql("""
				insert into screening_round (territory_id, district_id, round_date, rule_set, planned_by, created_at)
				select id, id, ?, 'SHANGHAI_2022_04', 'bench', now() from territory_node where kind = 'DISTRICT'
				order by id limit 1 returning id""").param(day).query(Long.class).single();
		jdbc.sql("""
				insert into screening_round_unit (round_id, compound_id, committee_id, street_id, district_id, zone, method,
				    pool_size, residents, tubes_planned)
				select ?, compound_id, min(committee_id), min(street_id), min(district_id), 'SEALED', 'PCR_DAILY', 10,
				       count(*), ceil(count(*) / 10.0) from resident_roster group by compound_id""").param(round).update();
		return round;
	}

	/**
	 * Streams the roster out with COPY, pools ten residents of a building per tube (skipping about 3%), and copies
	 * the tubes and samples back in with COPY. Answers residents sampled and tubes.
	 */
	private static long[] sample(DataSource dataSource, JdbcClient jdbc, long round, LocalDate day) throws Exception {
		long firstTube = jdbc.sql("select nextval('screening_tube_id_seq')").query(Long.class).single();
		Path tubes = Files.createTempFile("lifeline-tubes", ".copy");
		Path samples = Files.createTempFile("lifeline-samples", ".copy");
		long[] counts = new long[2];
		String at = day.atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime().toString();
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			PipedInputStream pipe = new PipedInputStream(1 << 20);
			PipedOutputStream out = new PipedOutputStream(pipe);
			CompletableFuture<Long> export = CompletableFuture.supplyAsync(() -> {
				try (out) {
					return copy.copyOut("copy (select resident_id, household_id, building_id, compound_id, committee_id, "
							+ "street_id, district_id from resident_roster order by building_id, resident_id) to stdout", out);
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			try (BufferedReader in = new BufferedReader(new InputStreamReader(pipe, StandardCharsets.UTF_8), 1 << 20);
					BufferedWriter tubeOut = Files.newBufferedWriter(tubes);
					BufferedWriter sampleOut = Files.newBufferedWriter(samples)) {
				SplittableRandom random = new SplittableRandom(2022);
				long tube = firstTube - 1;
				int inTube = POOL;
				String building = "";
				for (String line = in.readLine(); line != null; line = in.readLine()) {
					String[] f = line.split("\t");
					if (random.nextInt(100) < 3) {
						continue;
					}
					if (inTube == POOL || !f[2].equals(building)) {
						tube++;
						inTube = 0;
						building = f[2];
						tubeOut.write(tube + "\tB" + tube + "\t" + round + "\t" + f[6] + "\tPCR_POOL\t10\tbench\t" + at + "\t"
								+ at + "\n");
						counts[1]++;
					}
					inTube++;
					counts[0]++;
					sampleOut.write(tube + "\t" + f[0] + "\t" + round + "\t" + f[1] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4]
							+ "\t" + f[5] + "\t" + f[6] + "\t" + at + "\n");
				}
			}
			export.join();
			connection.setAutoCommit(false);
			copyIn(copy, tubes, "copy screening_tube (id, tube_code, round_id, district_id, kind, pool_size, sampled_by, "
					+ "sampled_at, closed_at) from stdin");
			copyIn(copy, samples, "copy screening_sample (tube_id, resident_id, round_id, household_id, building_id, "
					+ "compound_id, committee_id, street_id, district_id, sampled_at) from stdin");
			try (Statement statement = connection.createStatement()) {
				statement.execute("select setval('screening_tube_id_seq', " + (firstTube + counts[1]) + ")");
				statement.execute("analyze screening_tube");
				statement.execute("analyze screening_sample");
			}
			connection.commit();
		}
		finally {
			Files.deleteIfExists(tubes);
			Files.deleteIfExists(samples);
		}
		return counts;
	}

	private static void copyIn(CopyManager copy, Path file, String statement) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			copy.copyIn(statement, in);
		}
	}

	/** One row per tube, about 0.3% positive; answers the positive pools. */
	private static long writeResults(JdbcClient jdbc, Path csv, long round, LocalDate day) throws Exception {
		Instant reported = Instant.now().minusSeconds(3600);
		long[] positives = new long[1];
		SplittableRandom random = new SplittableRandom(4);
		try (BufferedWriter out = Files.newBufferedWriter(csv)) {
			out.write("tube_code,result,reported_at,ct_value\n");
			jdbc.sql("select tube_code from screening_tube where round_id = ? order by id").param(round).query(rs -> {
				try {
					boolean positive = random.nextInt(1000) < 3;
					positives[0] += positive ? 1 : 0;
					out.write(rs.getString(1) + (positive ? ",POSITIVE," : ",NEGATIVE,") + reported
							+ (positive ? ",31.5\n" : ",\n"));
				}
				catch (java.io.IOException e) {
					throw new IllegalStateException(e);
				}
			});
		}
		return positives[0];
	}

	/** Raw COPY of the very same CSV file into result_staging (in a transaction rolled back afterwards). */
	private static double rawCopy(DataSource dataSource, Path csv, long rows) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("alter table result_staging alter column upload_id set default 0, alter column line set default 0");
			long start = System.nanoTime();
			copyIn(connection.unwrap(PGConnection.class).getCopyAPI(), csv,
					"copy result_staging (tube_code, result, reported_at, ct_value) from stdin with (format csv, header true)");
			double rate = rows / ((System.nanoTime() - start) / 1e9);
			connection.rollback();
			return rate;
		}
	}

	private static String perSecond(double rate) {
		return String.format("%,.0f rows/s", rate);
	}

	private static String seconds(long startNanos) {
		return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
	}
}
