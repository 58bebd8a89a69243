package org.lifeline.bench;

import java.util.List;

/** One benchmark: runs against a live Lifeline context and reports rows for the table. */
interface Benchmark {

	/** Short name used to select it on the command line. */
	String name();

	List<BenchmarkResult> run(BenchmarkContext context) throws Exception;
}
