package org.lifeline.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hot write paths of the surge benchmark, each writing into the {@link SurgeCity}. */
final class SurgePaths {

	private static final String[] CATEGORIES = { "FOOD", "MEDICAL", "MEDICINE", "EXAM", "WORK_CERTIFICATE",
			"GARBAGE_PARCELS", "OTHER" };

	private SurgePaths() {
	}

	/** The path's admission limit as the node reads it (the same default as its configuration). */
	private static int limit(Environment env, String property, int fallback) {
		return env.getProperty(property, Integer.class, fallback);
	}

	/** Request filings for the residents in turn, each need in turn (a repeat is joined to the open one: 200). */
	static SurgePath requests(SurgeCity city, Environment env) {
		long residents = city.highResident() - city.lowResident() + 1;
		return SurgePath.created("request filings", limit(env, "lifeline.requests.intake.concurrent", 64),
				"service_request", n -> new SurgePath.Write("/api/v1/requests", String.format(
						"{\"residentId\":%d,\"category\":\"%s\",\"description\":\"突发压测 %d\"}",
						city.lowResident() + n % residents, CATEGORIES[(int) (n / residents % CATEGORIES.length)], n), null));
	}

	/** Single-package orders of the compound's households in turn; past the stock, 409. */
	static SurgePath orders(SurgeCity city, Environment env) {
		return new SurgePath("group-buy orders", limit(env, "lifeline.supplies.orders.concurrent", 32)) {
			@Override
			protected Write write(long n) {
				return new Write("/api/v1/group-buys/" + city.groupBuy() + "/orders", String.format(
						"{\"householdId\":%d,\"items\":[{\"packageId\":%d,\"quantity\":1}]}",
						city.households().get((int) (n % city.households().size())), city.packageId()), null);
			}

			@Override
			protected String acknowledged(int status, String body, Write write) {
				return status == 201 ? number(body, "id") : null;
			}

			@Override
			protected long stored(JdbcClient jdbc, Set<String> keys) {
				return count(jdbc, "group_order", "id", "bigint", keys);
			}

			@Override
			protected List<BenchmarkResult> proof(JdbcClient jdbc, Collection<String> acknowledged) {
				long[] stock = jdbc.sql("select stock, taken from package_stock where package_id = ?").param(city.packageId())
					.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
				long ordered = jdbc.sql("""
						select coalesce(sum(l.quantity), 0) from group_order o join group_order_line l on l.order_id = o.id
						where o.group_buy_id = ? and o.status = 'PLACED'""").param(city.groupBuy()).query(Long.class).single();
				boolean exact = ordered == stock[1] && ordered == city.stock() - stock[0] && stock[0] >= 0
						&& ordered == acknowledged.size();
				return List.of(new BenchmarkResult("surge", "group-buy orders: ordered == taken == stock used, left",
						String.format("%,d == %,d == %,d, %d", ordered, stock[1], city.stock() - stock[0], stock[0]),
						"no oversell", exact));
			}
		};
	}

	/** FINE check-ins of the residents in turn. */
	static SurgePath checkIns(SurgeCity city, Environment env) {
		long residents = city.highResident() - city.lowResident() + 1;
		return SurgePath.created("care check-ins", limit(env, "lifeline.care.check-ins.concurrent", 32), "check_in",
				n -> new SurgePath.Write("/api/v1/care/check-ins", String.format(
						"{\"residentId\":%d,\"outcome\":\"FINE\",\"note\":\"突发压测 %d\"}", city.lowResident() + n % residents,
						n), null));
	}

	/** Closed tubes of ten fresh residents each (each resident once per round), as the sampler's page sends them. */
	static SurgePath scans(SurgeCity city, Environment env) {
		int perRound = city.tubesPerRound();
		Instant validUntil = Instant.now().plus(7, ChronoUnit.DAYS);
		return new SurgePath("sampling scans", limit(env, "lifeline.screening.scans.concurrent", 256)) {
			@Override
			protected Write write(long n) {
				long round = city.firstRound() + n / perRound % city.rounds();
				long first = city.lowResident() + n % perRound * SurgeCity.POOL;
				StringJoiner codes = new StringJoiner(",");
				for (int i = 0; i < SurgeCity.POOL; i++) {
					codes.add("\"" + city.signer().sign(first + i, validUntil) + "\"");
				}
				String tube = String.format("SURGE-%08d", n);
				return new Write("/api/v1/screening/rounds/" + round + "/tubes", String.format(
						"{\"tubeCode\":\"%s\",\"residentCodes\":[%s],\"scanId\":\"%s\"}", tube, codes, tube), tube);
			}

			@Override
			protected String acknowledged(int status, String body, Write write) {
				return status == 201 ? write.key() : null;
			}

			@Override
			protected long stored(JdbcClient jdbc, Set<String> keys) {
				return count(jdbc, "screening_tube", "tube_code", "text", keys);
			}

			@Override
			protected List<BenchmarkResult> proof(JdbcClient jdbc, Collection<String> acknowledged) {
				long short_ = jdbc.sql("""
						select count(*) from screening_tube t where t.tube_code = any(?::text[])
						and (select count(*) from screening_sample s where s.tube_id = t.id) <> ?""")
					.params("{" + String.join(",", acknowledged) + "}", SurgeCity.POOL).query(Long.class).single();
				return List.of(new BenchmarkResult("surge", "sampling scans: acknowledged tubes without all 10 swabs",
						String.valueOf(short_), "0", short_ == 0));
			}
		};
	}

	/** JSON uploads of {@code size} negative results each, for tubes the scans stored, in turn. */
	static SurgePath results(List<String> tubes, int size, Environment env) {
		return new SurgePath("lab result uploads", limit(env, "lifeline.screening.results.concurrent", 4)) {
			@Override
			protected Write write(long n) {
				StringJoiner rows = new StringJoiner(",");
				String at = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
				for (int i = 0; i < size; i++) {
					rows.add(String.format("{\"tubeCode\":\"%s\",\"result\":\"NEGATIVE\",\"reportedAt\":\"%s\"}",
							tubes.get((int) ((n * size + i) % tubes.size())), at));
				}
				return new Write("/api/v1/screening/results", "{\"results\":[" + rows + "]}", null);
			}

			@Override
			protected String acknowledged(int status, String body, Write write) {
				return status == 200 ? number(body, "uploadId") : null;
			}

			@Override
			protected long stored(JdbcClient jdbc, Set<String> keys) {
				return count(jdbc, "result_upload", "id", "bigint", keys);
			}

			@Override
			protected List<BenchmarkResult> proof(JdbcClient jdbc, Collection<String> acknowledged) {
				long[] rows = jdbc.sql("""
						select (select coalesce(sum(applied), 0) from result_upload where id = any(?::bigint[])),
						       (select count(*) from tube_result where upload_id = any(?::bigint[])),
						       (select count(*) from (select 1 from tube_result where upload_id = any(?::bigint[])
						        group by upload_id, tube_id having count(*) > 1) d)""")
					.params(List.of(array(acknowledged), array(acknowledged), array(acknowledged)))
					.query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
				return List.of(new BenchmarkResult("surge", "lab result uploads: applied == results stored, twice",
						String.format("%,d == %,d, %d", rows[0], rows[1], rows[2]), "whole uploads", rows[0] == rows[1]
								&& rows[2] == 0));
			}
		};
	}

	private static String array(Collection<String> keys) {
		return "{" + String.join(",", keys) + "}";
	}
}
