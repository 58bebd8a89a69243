package org.lifeline.screening.sampling;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The statements of one group commit of tubes, each one round trip for the whole batch: arrays of keys in, rows
 * out. Tubes and their samples are written with one multi-row insert each.
 */
@Repository
class TubeBatch {

	private static final String STORED_BY_SCAN = """
			select t.scan_id, t.tube_code, array(select s.resident_id from screening_sample s where s.tube_id = t.id
			    order by s.resident_id)
			from screening_tube t where t.scan_id = any(?)""";

	private static final String INSERT_TUBES = """
			insert into screening_tube (tube_code, round_id, district_id, kind, pool_size, sampled_by, scan_id,
			    sampled_at, closed_at)
			select code, round, district, kind, pool, sampled_by, scan, at, at
			from unnest(?::varchar[], ?::bigint[], ?::bigint[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[],
			    ?::timestamptz[]) as t(code, round, district, kind, pool, sampled_by, scan, at)
			on conflict do nothing
			returning tube_code, id""";

	private static final String INSERT_SAMPLES = """
			insert into screening_sample (tube_id, resident_id, round_id, household_id, building_id, compound_id,
			    committee_id, street_id, district_id, sampled_at)
			select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
			    ?::bigint[], ?::bigint[], ?::bigint[], ?::timestamptz[])""";

	private static final String CLOSE_HOME_TASKS = """
			update home_sampling_task h set status = 'DONE', tube_id = u.tube, done_at = ?
			from unnest(?::bigint[], ?::bigint[], ?::boolean[]) as u(resident, tube, single)
			where h.resident_id = u.resident and h.status = 'OPEN' and h.due_on <= ?
			  and ((u.single and h.reason in ('RECHECK', 'ANTIGEN_POSITIVE', 'FOLLOW_UP', 'RESAMPLE'))
			       or h.reason in ('BED_BOUND', 'HOME_ISOLATED', 'CLOSE_CONTACT'))""";

	private final JdbcTemplate jdbc;

	TubeBatch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the rounds' tube locks (in id order, held to commit), so that batches of one round, on any node, check
	 * and write one after the other; plans this transaction's key lookups once, with index probes.
	 */
	void lockRounds(Collection<Long> roundIds) {
		long[] sorted = roundIds.stream().mapToLong(Long::longValue).sorted().toArray();
		jdbc.queryForList("select set_config('plan_cache_mode', 'force_generic_plan', true), "
				+ "set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)");
		for (long round : sorted) {
			jdbc.queryForList("select pg_advisory_xact_lock(hashtext('screening-tubes'), ?)", (int) round);
		}
	}

	/** Tubes already stored under these scan ids: scan id to (tube code, residents). */
	Map<String, SampledTube> storedByScan(Collection<String> scanIds) {
		Map<String, SampledTube> found = new HashMap<>();
		if (scanIds.isEmpty()) {
			return found;
		}
		jdbc.execute((Connection con) -> {
			try (PreparedStatement select = con.prepareStatement(STORED_BY_SCAN)) {
				select.setArray(1, con.createArrayOf("varchar", scanIds.toArray()));
				try (ResultSet rs = select.executeQuery()) {
					while (rs.next()) {
						Long[] residents = (Long[]) rs.getArray(3).getArray();
						found.put(rs.getString(1), new SampledTube(rs.getString(2), Arrays.asList(residents)));
					}
				}
			}
			return null;
		});
		return found;
	}

	/** Which of these tube codes are already stored. */
	Set<String> usedTubeCodes(Collection<String> codes) {
		return new HashSet<>(jdbc.queryForList("select tube_code from screening_tube where tube_code = any(?)",
				String.class, (Object) codes.toArray(String[]::new)));
	}

	/** The open (not yet resulted) tube each of these residents is in, per round: "round:resident" to tube code. */
	Map<String, String> openTubes(Collection<Long> residentIds, Collection<Long> roundIds) {
		Map<String, String> open = new HashMap<>();
		jdbc.query("select s.round_id, s.resident_id, t.tube_code from screening_sample s join screening_tube t on t.id = s.tube_id "
				+ "where s.resident_id = any(?) and s.round_id = any(?) and t.result is null",
				rs -> {
					open.put(rs.getLong(1) + ":" + rs.getLong(2), rs.getString(3));
				}, residentIds.toArray(Long[]::new), roundIds.toArray(Long[]::new));
		return open;
	}

	/** Which of these residents await a single-tube recheck. */
	Set<Long> awaitingRecheck(Collection<Long> residentIds) {
		return new HashSet<>(jdbc.queryForList("select resident_id from resident_screening where status = 'AWAITING_RECHECK' "
				+ "and resident_id = any(?)", Long.class, (Object) residentIds.toArray(Long[]::new)));
	}

	/** Inserts the tubes; answers the new id of each one written, by tube code (a clash leaves it out). */
	Map<String, Long> insertTubes(List<NewTube> tubes) {
		return jdbc.execute((Connection con) -> {
			try (PreparedStatement insert = con.prepareStatement(INSERT_TUBES)) {
				insert.setArray(1, array(con, "varchar", tubes, NewTube::code));
				insert.setArray(2, array(con, "bigint", tubes, NewTube::roundId));
				insert.setArray(3, array(con, "bigint", tubes, NewTube::districtId));
				insert.setArray(4, array(con, "varchar", tubes, NewTube::kind));
				insert.setArray(5, array(con, "int4", tubes, NewTube::poolSize));
				insert.setArray(6, array(con, "varchar", tubes, NewTube::sampledBy));
				insert.setArray(7, array(con, "varchar", tubes, NewTube::scanId));
				insert.setArray(8, array(con, "timestamptz", tubes, t -> Timestamp.from(t.sampledAt())));
				Map<String, Long> ids = new HashMap<>();
				try (ResultSet rs = insert.executeQuery()) {
					while (rs.next()) {
						ids.put(rs.getString(1), rs.getLong(2));
					}
				}
				return ids;
			}
		});
	}

	void insertSamples(List<NewSample> samples) {
		jdbc.execute((Connection con) -> {
			try (PreparedStatement insert = con.prepareStatement(INSERT_SAMPLES)) {
				insert.setArray(1, array(con, "bigint", samples, NewSample::tubeId));
				insert.setArray(2, array(con, "bigint", samples, NewSample::residentId));
				insert.setArray(3, array(con, "bigint", samples, NewSample::roundId));
				insert.setArray(4, array(con, "bigint", samples, s -> s.place().householdId()));
				insert.setArray(5, array(con, "bigint", samples, s -> s.place().buildingId()));
				insert.setArray(6, array(con, "bigint", samples, s -> s.place().compoundId()));
				insert.setArray(7, array(con, "bigint", samples, s -> s.place().committeeId()));
				insert.setArray(8, array(con, "bigint", samples, s -> s.place().streetId()));
				insert.setArray(9, array(con, "bigint", samples, s -> s.place().districtId()));
				insert.setArray(10, array(con, "timestamptz", samples, s -> Timestamp.from(s.sampledAt())));
				return insert.executeUpdate();
			}
		});
	}

	/**
	 * Closes the open door-sampling tasks these swabs answer: a recheck, antigen follow-up or re-sample by a
	 * single tube; a bed-bound, home-isolated or close-contact task by any tube.
	 */
	void closeHomeTasks(List<NewSample> samples, Map<Long, Boolean> singleTubes, Instant now, LocalDate today) {
		List<NewSample> rows = new ArrayList<>(samples);
		jdbc.execute((Connection con) -> {
			try (PreparedStatement update = con.prepareStatement(CLOSE_HOME_TASKS)) {
				update.setTimestamp(1, Timestamp.from(now));
				update.setArray(2, array(con, "bigint", rows, NewSample::residentId));
				update.setArray(3, array(con, "bigint", rows, NewSample::tubeId));
				update.setArray(4, array(con, "boolean", rows, s -> singleTubes.getOrDefault(s.tubeId(), false)));
				update.setObject(5, today);
				return update.executeUpdate();
			}
		});
	}

	private static <T> Array array(Connection con, String type, List<T> rows, Function<T, Object> column)
			throws SQLException {
		Object[] values = new Object[rows.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = column.apply(rows.get(i));
		}
		return con.createArrayOf(type, values);
	}

	/** A tube row to insert. */
	record NewTube(String code, long roundId, long districtId, String kind, int poolSize, String sampledBy,
			String scanId, Instant sampledAt) {
	}

	/** A swab row to insert, with the resident's home placement. */
	record NewSample(long tubeId, long residentId, long roundId, org.lifeline.territory.Placement place,
			Instant sampledAt) {
	}
}
