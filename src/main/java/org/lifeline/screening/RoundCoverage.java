package org.lifeline.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How complete a round is, per round, compound and building (DESIGN §4.2): the residents in scope (everyone living
 * in the round's compounds), sampled (swabbed into a tube of the round anywhere, or sampled at home for it: a door
 * sample counts once its tube is scanned, not when a volunteer ticks the task off), exempt
 * (in isolation, positive awaiting transfer or away with proof on the round's date) and missing (the rest). All of
 * it is one grouped query over residents' {@code resident_roster} view, within the caller's scope.
 */
@Service
@Transactional(readOnly = true)
public class RoundCoverage {

	private static final String STATES = """
			from resident_roster r
			join screening_round_unit u on u.round_id = :round and u.compound_id = r.compound_id
			left join (select resident_id from screening_sample where round_id = :round
			           union select resident_id from home_sampling_task
			                 where round_id = :round and status = 'DONE' and tube_id is not null) s
			       on s.resident_id = r.resident_id
			left join (select distinct resident_id from screening_exemption
			           where valid_from <= :day and (valid_until is null or valid_until >= :day)) e
			       on e.resident_id = r.resident_id
			""";

	private static final String COUNTS = """
			count(*) as in_scope, count(s.resident_id) as sampled,
			count(*) filter (where s.resident_id is null and e.resident_id is not null) as exempt,
			count(*) filter (where s.resident_id is null and e.resident_id is null) as missing
			""";

	public static final int MAX_LIST = 50_000;

	private final JdbcClient jdbc;

	RoundCoverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The round's date when the caller may see the round (it covers a compound in their scope). */
	public LocalDate roundDate(long roundId, TerritoryScope scope) {
		return jdbc.sql("select r.round_date from screening_round r where r.id = :round and exists (select 1 from "
				+ "screening_round_unit u join resident_roster x on x.compound_id = u.compound_id where u.round_id = r.id and "
				+ scope.condition("x") + ")")
			.param("round", roundId)
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("round", roundId));
	}

	public Coverage coverage(long roundId, TerritoryScope scope) {
		LocalDate day = roundDate(roundId, scope);
		return jdbc.sql("select " + COUNTS + STATES + " where " + scope.condition("r"))
			.param("round", roundId)
			.param("day", day)
			.query((rs, n) -> new Coverage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/** The coverage of each building of the round in scope, by compound and building. */
	public List<BuildingCoverage> buildings(long roundId, TerritoryScope scope) {
		LocalDate day = roundDate(roundId, scope);
		return jdbc.sql("select r.compound_id, r.building_id, r.building_code, r.building_name, " + COUNTS + STATES
				+ " where " + scope.condition("r") + " group by r.compound_id, r.building_id, r.building_code, r.building_name"
				+ " order by r.building_code")
			.param("round", roundId)
			.param("day", day)
			.query((rs, n) -> new BuildingCoverage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					new Coverage(rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8))))
			.list();
	}

	/** The coverage of each compound of the round in scope, in one grouped query. */
	public List<CompoundCoverage> compounds(long roundId, TerritoryScope scope) {
		LocalDate day = roundDate(roundId, scope);
		return jdbc.sql("select r.compound_id, " + COUNTS + STATES + " where " + scope.condition("r")
				+ " group by r.compound_id order by r.compound_id")
			.param("round", roundId)
			.param("day", day)
			.query((rs, n) -> new CompoundCoverage(rs.getLong(1),
					new Coverage(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5))))
			.list();
	}

	/** The residents in scope with no sample in the round and no exemption, by building and room. */
	public PageResult<MissingResident> missing(long roundId, TerritoryScope scope, PageRequest page) {
		LocalDate day = roundDate(roundId, scope);
		String where = " where s.resident_id is null and e.resident_id is null and " + scope.condition("r");
		List<MissingResident> items = jdbc.sql("select r.resident_id, r.building_code, r.room, r.name, r.household_id "
				+ STATES + where + " order by r.building_code, r.room, r.resident_id limit :limit offset :offset")
			.param("round", roundId)
			.param("day", day)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new MissingResident(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
		long total = jdbc.sql("select count(*) " + STATES + where)
			.param("round", roundId)
			.param("day", day)
			.query(Long.class)
			.single();
		return new PageResult<>(items, total);
	}

	/** Every missing resident in scope (for a call-down list or an export), at most {@value #MAX_LIST}. */
	public List<MissingResident> missingAll(long roundId, TerritoryScope scope) {
		LocalDate day = roundDate(roundId, scope);
		return jdbc.sql("select r.resident_id, r.building_code, r.room, r.name, r.household_id " + STATES
				+ " where s.resident_id is null and e.resident_id is null and " + scope.condition("r")
				+ " order by r.building_code, r.room, r.resident_id limit " + MAX_LIST)
			.param("round", roundId)
			.param("day", day)
			.query((rs, n) -> new MissingResident(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.list();
	}

	/** The latest round covering a compound in scope, with its coverage there; empty when there is none. */
	public Optional<LatestRound> latest(TerritoryScope scope) {
		return jdbc.sql("select r.id, r.round_date from screening_round r where exists (select 1 from "
				+ "screening_round_unit u where u.round_id = r.id and " + unitCondition(scope) + ") "
				+ "order by r.round_date desc, r.id desc limit 1")
			.query((rs, n) -> new long[] { rs.getLong(1) })
			.optional()
			.map(id -> new LatestRound(id[0], roundDate(id[0], scope), coverage(id[0], scope)));
	}

	/** Units carry no building or household: a narrower scope is checked against the roster instead. */
	private static String unitCondition(TerritoryScope scope) {
		return switch (scope.level()) {
			case BUILDING, HOUSEHOLD -> "exists (select 1 from resident_roster x where x.compound_id = u.compound_id and "
					+ scope.condition("x") + ")";
			default -> scope.condition("u");
		};
	}

	/** In scope, sampled, exempt and missing residents. */
	public record Coverage(long inScope, long sampled, long exempt, long missing) {

		/** Sampled and exempt residents as a share of those in scope, in per cent (100 when nobody is in scope). */
		public double percent() {
			return inScope == 0 ? 100 : Math.round(1000.0 * (sampled + exempt) / inScope) / 10.0;
		}
	}

	public record BuildingCoverage(long compoundId, long buildingId, String buildingCode, String buildingName,
			Coverage coverage) {
	}

	public record CompoundCoverage(long compoundId, Coverage coverage) {
	}

	public record MissingResident(long residentId, String building, String room, String name, long householdId) {
	}

	public record LatestRound(long roundId, LocalDate date, Coverage coverage) {
	}
}
