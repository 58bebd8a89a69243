package org.lifeline.requests;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes many filings with one statement each for requests, timelines and photos, so that filings arriving
 * together share one round trip and one durable commit. A filing whose household already has an open request of
 * the same category is skipped by the open-request index, also against another filing of the same batch.
 */
@Repository
class IntakeBatch {

	private static final String INSERT_REQUESTS = """
			insert into service_request (token, category, critical, vulnerable, channel, status, instruction,
			    description, resident_id, household_id, building_id, compound_id, committee_id, street_id,
			    district_id, address, lat, lon, contact_name, contact_phone, contact_email, media_url, filed_by,
			    filed_at, ack_due_at, resolve_due_at, updated_at)
			select token, category, critical, vulnerable, channel, 'NEW', instruction, description, resident,
			    household, building, compound, committee, street, district, address, lat, lon, contact_name,
			    contact_phone, contact_email, media_url, filed_by, filed_at, ack_due, resolve_due, filed_at
			from unnest(?::varchar[], ?::varchar[], ?::boolean[], ?::boolean[], ?::varchar[], ?::varchar[], ?::text[],
			    ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::varchar[],
			    ?::float8[], ?::float8[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
			    ?::timestamptz[], ?::timestamptz[], ?::timestamptz[])
			  as f(token, category, critical, vulnerable, channel, instruction, description, resident, household,
			    building, compound, committee, street, district, address, lat, lon, contact_name, contact_phone,
			    contact_email, media_url, filed_by, filed_at, ack_due, resolve_due)
			on conflict (household_id, category) where status not in ('RESOLVED', 'CLOSED') and not critical do nothing
			returning token, id""";

	private static final String INSERT_STEPS = """
			insert into request_step (request_id, at, actor, action, note)
			select * from unnest(?::bigint[], ?::timestamptz[], ?::varchar[], ?::varchar[], ?::varchar[])""";

	private static final String LINK_TO_OPEN = """
			with filing as (
			    select * from unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::timestamptz[], ?::varchar[], ?::varchar[])
			      with ordinality as f(token, household, category, at, actor, note, n)
			), open as (
			    select f.*, r.id from filing f join service_request r on r.household_id = f.household
			      and r.category = f.category and r.status not in ('RESOLVED', 'CLOSED') and not r.critical
			), step as (
			    insert into request_step (request_id, at, actor, action, note)
			    select id, at, actor, 'FILED_AGAIN', note from open order by n
			)
			select token, id from open""";

	private final JdbcTemplate jdbc;

	IntakeBatch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Plans this transaction's statements for what they are: every statement of a batch looks rows up by arrays of
	 * keys. So each is planned once, when first prepared, instead of on every run (PostgreSQL's default whenever a
	 * plan for the few keys at hand looks cheaper), and with nested loops over the keys' indexes, never by hashing
	 * a whole table for a handful of keys.
	 */
	void planForKeyLookups() {
		jdbc.queryForList("""
				select set_config('plan_cache_mode', 'force_generic_plan', true),
				       set_config('enable_hashjoin', 'off', true), set_config('enable_mergejoin', 'off', true)""");
	}

	/** Inserts the filings; answers the new id of each one written, by token (skipped ones are absent). */
	Map<String, Long> insert(List<Filing> filings) {
		return jdbc.execute((Connection con) -> {
			try (PreparedStatement insert = con.prepareStatement(INSERT_REQUESTS)) {
				int p = 1;
				insert.setArray(p++, array(con, "varchar", filings, Filing::token));
				insert.setArray(p++, array(con, "varchar", filings, f -> f.category().name()));
				insert.setArray(p++, array(con, "boolean", filings, Filing::critical));
				insert.setArray(p++, array(con, "boolean", filings, Filing::vulnerable));
				insert.setArray(p++, array(con, "varchar", filings, f -> f.channel().name()));
				insert.setArray(p++, array(con, "varchar", filings, f -> f.instruction() == null ? null : f.instruction().name()));
				insert.setArray(p++, array(con, "text", filings, Filing::description));
				insert.setArray(p++, array(con, "bigint", filings, Filing::residentId));
				insert.setArray(p++, array(con, "bigint", filings, Filing::householdId));
				insert.setArray(p++, array(con, "bigint", filings, Filing::buildingId));
				insert.setArray(p++, array(con, "bigint", filings, Filing::compoundId));
				insert.setArray(p++, array(con, "bigint", filings, Filing::committeeId));
				insert.setArray(p++, array(con, "bigint", filings, Filing::streetId));
				insert.setArray(p++, array(con, "bigint", filings, Filing::districtId));
				insert.setArray(p++, array(con, "varchar", filings, Filing::address));
				insert.setArray(p++, array(con, "float8", filings, Filing::lat));
				insert.setArray(p++, array(con, "float8", filings, Filing::lon));
				insert.setArray(p++, array(con, "varchar", filings, Filing::contactName));
				insert.setArray(p++, array(con, "varchar", filings, Filing::contactPhone));
				insert.setArray(p++, array(con, "varchar", filings, Filing::contactEmail));
				insert.setArray(p++, array(con, "varchar", filings, Filing::mediaUrl));
				insert.setArray(p++, array(con, "varchar", filings, Filing::filedBy));
				insert.setArray(p++, array(con, "timestamptz", filings, f -> Timestamp.from(f.filedAt())));
				insert.setArray(p++, array(con, "timestamptz", filings, f -> Timestamp.from(f.deadlines().ackDueAt())));
				insert.setArray(p, array(con, "timestamptz", filings, f -> Timestamp.from(f.deadlines().resolveDueAt())));
				return idsByToken(insert);
			}
		});
	}

	/**
	 * Adds each filing to its household's open request of the same category, with a FILED_AGAIN step; answers the
	 * request each one joined, by token (absent when there is no such request any more).
	 */
	Map<String, Long> linkToOpen(List<Repeat> repeats) {
		return jdbc.execute((Connection con) -> {
			try (PreparedStatement link = con.prepareStatement(LINK_TO_OPEN)) {
				link.setArray(1, array(con, "varchar", repeats, r -> r.filing().token()));
				link.setArray(2, array(con, "bigint", repeats, r -> r.filing().householdId()));
				link.setArray(3, array(con, "varchar", repeats, r -> r.filing().category().name()));
				link.setArray(4, array(con, "timestamptz", repeats, r -> Timestamp.from(r.filing().filedAt())));
				link.setArray(5, array(con, "varchar", repeats, r -> r.filing().filedBy()));
				link.setArray(6, array(con, "varchar", repeats, Repeat::note));
				return idsByToken(link);
			}
		});
	}

	/** Appends steps to the timelines of requests, in the order given. */
	void addSteps(List<RequestStep> steps) {
		if (steps.isEmpty()) {
			return;
		}
		jdbc.execute((Connection con) -> {
			try (PreparedStatement insert = con.prepareStatement(INSERT_STEPS)) {
				insert.setArray(1, array(con, "bigint", steps, RequestStep::requestId));
				insert.setArray(2, array(con, "timestamptz", steps, s -> Timestamp.from(s.step().at())));
				insert.setArray(3, array(con, "varchar", steps, s -> s.step().actor()));
				insert.setArray(4, array(con, "varchar", steps, s -> s.step().action()));
				insert.setArray(5, array(con, "varchar", steps, s -> s.step().note()));
				return insert.executeUpdate();
			}
		});
	}

	void savePhoto(long requestId, Photo photo) {
		jdbc.update("insert into request_photo (request_id, content_type, size, data) values (?, ?, ?, ?)", requestId,
				photo.contentType(), photo.bytes().length, photo.bytes());
	}

	/** The (token, request id) rows a statement answers, by token. */
	private static Map<String, Long> idsByToken(PreparedStatement statement) throws SQLException {
		Map<String, Long> ids = new HashMap<>();
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				ids.put(rs.getString(1), rs.getLong(2));
			}
		}
		return ids;
	}

	private static <T> Array array(Connection con, String type, List<T> rows, Function<T, Object> column)
			throws SQLException {
		Object[] values = new Object[rows.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = column.apply(rows.get(i));
		}
		return con.createArrayOf(type, values);
	}

	/** A step for the timeline of one request. */
	record RequestStep(long requestId, Step step) {
	}

	/** A filing made again while its household's request for the same need is open, with the timeline note. */
	record Repeat(Filing filing, String note) {
	}
}
