package org.lifeline.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One hot write path under the surge: what the n-th write is, which answers acknowledge a write (and the key it
 * was stored under), and how the database is asked afterwards whether every acknowledged write is there once.
 */
abstract class SurgePath {

	/** One write to send: the path, its JSON body, and the key it is stored under when known before the answer. */
	record Write(String path, String body, String key) {
	}

	private final String name;

	private final int admitted;

	private final AtomicLong sent = new AtomicLong();

	SurgePath(String name, int admitted) {
		this.name = name;
		this.admitted = admitted;
	}

	String name() {
		return name;
	}

	/** How many writes of this path the node admits at once (its admission limit). */
	int admitted() {
		return admitted;
	}

	Write next() {
		return write(sent.getAndIncrement());
	}

	/** The n-th write (n counts from 0 over the whole run, so no two callers send the same one). */
	protected abstract Write write(long n);

	/** The key of the stored write if the answer acknowledges one, else null. */
	protected abstract String acknowledged(int status, String body, Write write);

	/** How many of the given keys name a stored write (each counted once). */
	protected abstract long stored(JdbcClient jdbc, Set<String> keys);

	/** Further proof particular to the path (stock, swabs per tube, results per upload). */
	protected List<BenchmarkResult> proof(JdbcClient jdbc, Collection<String> acknowledged) {
		return List.of();
	}

	/** Acknowledged writes missing from the database, and keys acknowledged more than once as new writes. */
	final List<BenchmarkResult> check(JdbcClient jdbc, Collection<String> acknowledged) {
		Set<String> distinct = new LinkedHashSet<>(acknowledged);
		long missing = distinct.size() - stored(jdbc, distinct);
		long twice = acknowledged.size() - distinct.size();
		List<BenchmarkResult> rows = new ArrayList<>();
		rows.add(new BenchmarkResult("surge", name + ": acknowledged / missing / twice", String.format("%,d / %d / %d",
				acknowledged.size(), missing, twice), "0 missing, 0 twice", missing == 0 && twice == 0));
		rows.addAll(proof(jdbc, acknowledged));
		return rows;
	}

	/** Counts the keys present in {@code column} of {@code table} (a bigint or text column). */
	protected static long count(JdbcClient jdbc, String table, String column, String type, Set<String> keys) {
		if (keys.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(distinct " + column + ") from " + table + " where " + column + " = any(?::" + type
				+ "[])")
			.param("{" + String.join(",", keys) + "}")
			.query(Long.class)
			.single();
	}

	/** The number after {@code "field":} in a JSON answer, or null. */
	protected static String number(String body, String field) {
		Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
		return m.find() ? m.group(1) : null;
	}

	/** A path whose writes are JSON bodies built from n, acknowledged by 201 with the new row's id. */
	static SurgePath created(String name, int admitted, String table, LongFunction<Write> writes) {
		return new SurgePath(name, admitted) {
			@Override
			protected Write write(long n) {
				return writes.apply(n);
			}

			@Override
			protected String acknowledged(int status, String body, Write write) {
				return status == 201 ? number(body, "id") : null;
			}

			@Override
			protected long stored(JdbcClient jdbc, Set<String> keys) {
				return count(jdbc, table, "id", "bigint", keys);
			}
		};
	}
}
