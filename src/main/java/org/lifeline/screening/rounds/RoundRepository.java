package org.lifeline.screening.rounds;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds and their units per compound, and the positivity of compounds over their recent rounds. */
@Repository
class RoundRepository {

	/** How many of a compound's latest rounds (with results) its positivity is taken over. */
	static final int RECENT_ROUNDS = 3;

	private final JdbcClient jdbc;

	RoundRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Serialises planning for a date, so two planners cannot put one compound into two rounds of a day. */
	void lockDate(LocalDate date) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('screening-round'), ?)").param((int) date.toEpochDay()).query(Object.class).list();
	}

	/** Compounds among these already in a round on the date: compound id to round id. */
	Map<Long, Long> alreadyPlanned(Collection<Long> compoundIds, LocalDate date) {
		Map<Long, Long> found = new HashMap<>();
		jdbc.sql("select u.compound_id, u.round_id from screening_round_unit u join screening_round r on r.id = u.round_id "
				+ "where r.round_date = :date and u.compound_id = any(:ids)")
			.param("date", date)
			.param("ids", compoundIds.toArray(Long[]::new))
			.query((rs, n) -> found.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return found;
	}

	/**
	 * Positive pools per person sampled, by compound, over each compound's {@value #RECENT_ROUNDS} latest rounds
	 * before the date, counting tubes with a result; compounds never sampled are absent (positivity 0).
	 */
	Map<Long, Double> positivity(Collection<Long> compoundIds, LocalDate before) {
		Map<Long, Double> rates = new HashMap<>();
		jdbc.sql("""
				with recent as (
				    select u.compound_id, u.round_id,
				           row_number() over (partition by u.compound_id order by r.round_date desc, r.id desc) as n
				    from screening_round_unit u join screening_round r on r.id = u.round_id
				    where u.compound_id = any(:ids) and r.round_date < :before
				)
				select s.compound_id, count(*) as people,
				       count(distinct s.tube_id) filter (where t.result = 'POSITIVE') as positive_pools
				from recent rc
				join screening_sample s on s.round_id = rc.round_id and s.compound_id = rc.compound_id
				join screening_tube t on t.id = s.tube_id
				where rc.n <= :recent and t.result is not null
				group by s.compound_id""")
			.param("ids", compoundIds.toArray(Long[]::new))
			.param("before", before)
			.param("recent", RECENT_ROUNDS)
			.query((rs, n) -> rates.put(rs.getLong(1), rs.getLong(3) / (double) rs.getLong(2)))
			.list();
		return rates;
	}

	long insertRound(long territoryId, long districtId, LocalDate date, String ruleSet, String actor, Instant now,
			Instant startsAt, int hours, int slotMinutes) {
		return jdbc.sql("""
				insert into screening_round (territory_id, district_id, round_date, rule_set, planned_by, created_at,
				    starts_at, hours, slot_minutes)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(territoryId, districtId, date, ruleSet, actor, Timestamp.from(now), Timestamp.from(startsAt), hours,
					slotMinutes)
			.query(Long.class)
			.single();
	}

	void insertUnits(long roundId, List<Unit> units) {
		jdbc.sql("""
				insert into screening_round_unit (round_id, compound_id, committee_id, street_id, district_id, zone, method,
				    pool_size, residents, tubes_planned)
				select :round, * from unnest(:compound::bigint[], :committee::bigint[], :street::bigint[],
				    :district::bigint[], :zone::varchar[], :method::varchar[], :pool::int[], :residents::int[],
				    :tubes::int[])""")
			.param("round", roundId)
			.param("compound", units.stream().map(Unit::compoundId).toArray(Long[]::new))
			.param("committee", units.stream().map(Unit::committeeId).toArray(Long[]::new))
			.param("street", units.stream().map(Unit::streetId).toArray(Long[]::new))
			.param("district", units.stream().map(Unit::districtId).toArray(Long[]::new))
			.param("zone", units.stream().map(Unit::zone).toArray(String[]::new))
			.param("method", units.stream().map(Unit::method).toArray(String[]::new))
			.param("pool", units.stream().map(Unit::poolSize).toArray(Integer[]::new))
			.param("residents", units.stream().map(u -> (int) u.residents()).toArray(Integer[]::new))
			.param("tubes", units.stream().map(u -> (int) u.tubesPlanned()).toArray(Integer[]::new))
			.update();
	}

	/** Rounds with a compound within the scope, newest first. */
	List<RoundSummary> rounds(TerritoryScope scope, int limit) {
		return jdbc.sql("select r.id, r.round_date, r.territory_id, count(u.compound_id), sum(u.residents), sum(u.tubes_planned) "
				+ "from screening_round r join screening_round_unit u on u.round_id = r.id where " + scope.condition("u", "compound_id")
				+ " group by r.id order by r.round_date desc, r.id desc limit " + limit)
			.query((rs, n) -> new RoundSummary(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getInt(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	/** The round's units within the scope (none: the round is unknown or outside it). */
	List<Unit> units(long roundId, TerritoryScope scope) {
		return jdbc.sql("select compound_id, committee_id, street_id, district_id, zone, method, pool_size, residents, "
				+ "tubes_planned from screening_round_unit u where round_id = ? and " + scope.condition("u", "compound_id")
				+ " order by compound_id")
			.param(roundId)
			.query((rs, n) -> new Unit(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
					rs.getString(6), rs.getInt(7), rs.getLong(8), rs.getLong(9)))
			.list();
	}

	RoundHeader header(long roundId) {
		return jdbc.sql("select id, round_date, territory_id, starts_at, hours, slot_minutes, planned_by from screening_round where id = ?")
			.param(roundId)
			.query((rs, n) -> new RoundHeader(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getLong(3),
					rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6), rs.getString(7)))
			.single();
	}

	/** One compound of a round as stored. */
	record Unit(long compoundId, long committeeId, long streetId, long districtId, String zone, String method,
			int poolSize, long residents, long tubesPlanned) {
	}

	/** A round in a list. */
	record RoundSummary(long id, LocalDate date, long territoryId, int compounds, long residents, long tubes) {
	}

	/** A round's date, territory and sampling hours. */
	record RoundHeader(long id, LocalDate date, long territoryId, Instant startsAt, int hours, int slotMinutes,
			String plannedBy) {
	}
}
