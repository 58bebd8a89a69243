package org.lifeline.bench;

/** One row of the benchmark table: what was measured, the figure, the target, and whether it was met. */
record BenchmarkResult(String benchmark, String measure, String value, String target, Boolean met) {

	static BenchmarkResult info(String benchmark, String measure, String value) {
		return new BenchmarkResult(benchmark, measure, value, "", null);
	}
}
