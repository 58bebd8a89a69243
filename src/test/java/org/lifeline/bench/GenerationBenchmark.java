package org.lifeline.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.lifeline.demo.DemoCity;
import org.lifeline.demo.DemoScale;
import org.lifeline.demo.GenerationReport;
import org.lifeline.demo.GenerationReport.TableLoad;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generates a demo city ({@code --scale small|district|city}, {@code --seed}) and compares the resident rows per
 * second with raw PostgreSQL COPY of the very same rows, exported to a file and copied into fresh tables shaped
 * like {@code resident}: once without secondary indexes (what the generator copies into above the small scale)
 * and once {@code like resident including all} (at most {@code --indexed-rows}, default 5 million, of them).
 */
class GenerationBenchmark implements Benchmark {

	private static final String NAME = "generation";

	/** Rows for the COPY into a table with every index; beyond a few million it takes many minutes. */
	private static final long INDEXED_ROWS = 5_000_000;

	private static final String COLUMNS = "id, household_id, building_id, compound_id, committee_id, street_id, "
			+ "district_id, name, id_type, id_number, phone, birth_date, sex, tags, dialysis_hospital_code, "
			+ "oncology_hospital_code, pregnancy_due_date, long_term_medicines";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		DemoScale scale = DemoScale.parse(context.option("scale", "city"));
		long seed = Long.parseLong(context.option("seed", String.valueOf(DemoCity.DEFAULT_SEED)));
		GenerationReport report = context.bean(DemoCity.class).generate(scale, seed);
		List<BenchmarkResult> results = new ArrayList<>();
		results.add(BenchmarkResult.info(NAME, "scale, seed", scale.name().toLowerCase() + ", " + seed));
		for (TableLoad table : report.tables()) {
			results.add(BenchmarkResult.info(NAME, table.table() + ": rows in seconds",
					String.format("%,d in %.1f s", table.rows(), table.seconds())));
		}
		results.add(BenchmarkResult.info(NAME, "rebuild indexes + constraints, analyse", seconds(report.indexSeconds())));
		results.add(BenchmarkResult.info(NAME, "whole generation (one transaction)", seconds(report.seconds())));
		TableLoad residents = report.tables().stream().filter(t -> t.table().equals("resident")).findFirst().orElseThrow();
		double generated = residents.rowsPerSecond();
		results.add(new BenchmarkResult(NAME, "resident generation rows/s (copy phase)", perSecond(generated),
				"≥ 200,000/s", generated >= 200_000));
		double whole = residents.rows() / report.seconds();
		long indexedRows = Math.min(residents.rows(),
				Long.parseLong(context.option("indexed-rows", String.valueOf(INDEXED_ROWS))));
		results.addAll(rawCopy(context.bean(DataSource.class), generated, whole, residents.rows(), indexedRows));
		return results;
	}

	private List<BenchmarkResult> rawCopy(DataSource dataSource, double generated, double whole, long rows,
			long indexedRows) throws Exception {
		Path file = Files.createTempFile("lifeline-residents", ".copy");
		List<BenchmarkResult> results = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long start = System.nanoTime();
			export(copy, file, rows);
			results.add(BenchmarkResult.info(NAME, "raw COPY TO file (export) rows/s", perSecond(rate(rows, start))));
			double plain = copyInto(connection, copy, file, "including defaults including constraints", rows);
			results.add(BenchmarkResult.info(NAME, "raw COPY FROM, no secondary indexes rows/s", perSecond(plain)));
			results.add(BenchmarkResult.info(NAME, "generation copy phase / raw COPY (no indexes)",
					percent(generated / plain)));
			results.add(BenchmarkResult.info(NAME, "residents / whole generation seconds", perSecond(whole)));
			if (indexedRows < rows) {
				export(copy, file, indexedRows);
			}
			double indexed = copyInto(connection, copy, file, "including all", indexedRows);
			results.add(BenchmarkResult.info(NAME, String.format("raw COPY FROM, including all (%,d rows)", indexedRows),
					perSecond(indexed)));
			results.add(BenchmarkResult.info(NAME, "whole generation / raw COPY (all indexes)", percent(whole / indexed)));
		}
		finally {
			Files.deleteIfExists(file);
		}
		return results;
	}

	/** Exports the first rows of the generated residents, whose ids are one contiguous block. */
	private static void export(CopyManager copy, Path file, long rows) throws Exception {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			copy.copyOut("copy (select " + COLUMNS + " from resident where id < (select min(id) from resident) + " + rows
					+ ") to stdout", out);
		}
	}

	/** Copies the exported rows into a fresh table shaped like resident, in one transaction; answers rows/s. */
	private static double copyInto(Connection connection, CopyManager copy, Path file, String like, long rows)
			throws Exception {
		try (Statement statement = connection.createStatement()) {
			statement.execute("drop table if exists resident_raw_copy");
			statement.execute("create table resident_raw_copy (like resident " + like + ")");
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 20)) {
				copy.copyIn("copy resident_raw_copy (" + COLUMNS + ") from stdin", in);
			}
			connection.commit();
			double rate = rate(rows, start);
			connection.setAutoCommit(true);
			statement.execute("drop table resident_raw_copy");
			return rate;
		}
	}

	private static double rate(long rows, long startNanos) {
		return rows / ((System.nanoTime() - startNanos) / 1e9);
	}

	private static String perSecond(double rate) {
		return String.format("%,.0f/s", rate);
	}

	private static String seconds(double seconds) {
		return String.format("%.1f s", seconds);
	}

	private static String percent(double ratio) {
		return String.format("%.0f%%", ratio * 100);
	}
}
