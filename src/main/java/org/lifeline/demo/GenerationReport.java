package org.lifeline.demo;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a generation wrote: rows and seconds per table, the seconds spent building back indexes and constraints set
 * aside for the load (and analysing the tables), and the seconds of the whole run.
 */
public record GenerationReport(DemoScale scale, long seed, List<TableLoad> tables, double indexSeconds,
		double seconds) {

	/** Rows written into a table, 0 when it was not written. */
	public long rows(String table) {
		return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableLoad::rows).sum();
	}

	/** One line for the log: {@code small city (seed 2022) in 1.9 s: territory_node 1,234, ...}. */
	public String summary() {
		return scale.name().toLowerCase() + " city (seed " + seed + ") in " + String.format("%.1f s: ", seconds)
				+ tables.stream()
					.map(t -> String.format("%s %,d", t.table(), t.rows()))
					.collect(Collectors.joining(", "));
	}

	/** Rows written into one table and how long writing them took. */
	public record TableLoad(String table, long rows, double seconds) {

		public double rowsPerSecond() {
			return seconds <= 0 ? 0 : rows / seconds;
		}
	}
}
