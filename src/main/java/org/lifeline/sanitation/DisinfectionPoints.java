package org.lifeline.sanitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key points of the buildings: generated from the territory (every kind for every building, set-based), listed
 * per compound with their last round and next due time, and counted overdue per compound.
 */
@Service
public class DisinfectionPoints {

	/** When a point's next round is due: its last round (or its creation) plus a day divided by the zone's rounds. */
	static final String NEXT_DUE = "coalesce(r.done_at, p.created_at) + make_interval(secs => 86400.0 / s.times_per_day)";

	private static final String LAST_ROUND = """
			left join lateral (select done_at, agent, done_by from disinfection_round x where x.point_id = p.id
			                   order by done_at desc limit 1) r on true""";

	private final JdbcClient jdbc;

	private final Territory territory;

	private final Clock clock;

	DisinfectionPoints(JdbcClient jdbc, Territory territory, Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.clock = clock;
	}

	/** Adds the missing key points of every building in scope, in one statement; answers how many were added. */
	@Transactional
	public int generate(TerritoryScope scope) {
		return jdbc.sql("""
				insert into disinfection_point (building_id, compound_id, committee_id, street_id, district_id, kind, created_at)
				select b.building_id, b.compound_id, b.committee_id, b.street_id, b.district_id, k.kind, :now
				from %s cross join unnest(cast(:kinds as text[])) as k(kind)
				where b.compound_id is not null and %s
				on conflict (building_id, kind) do nothing""".formatted(Buildings.IN_TERRITORY, Buildings.within(scope)))
			.param("now", Timestamp.from(clock.instant()))
			.param("kinds", java.util.Arrays.stream(PointKind.values()).map(Enum::name).toArray(String[]::new))
			.update();
	}

	/** The key points of a compound in scope, building by building, with their last round and next due time. */
	@Transactional(readOnly = true)
	public List<PointView> ofCompound(String compoundCode, TerritoryScope scope) {
		TerritoryNode compound = compound(compoundCode, scope);
		Instant now = clock.instant();
		return jdbc.sql("""
				select p.id, p.kind, b.code, b.name, c.code, coalesce(s.times_per_day, 0), r.done_at, r.agent, r.done_by,
				       case when s.times_per_day > 0 then %s end
				from disinfection_point p
				join territory_placement b on b.id = p.building_id
				join territory_placement c on c.id = p.compound_id
				join zone_unit_summary z on z.compound_id = p.compound_id
				left join disinfection_schedule s on s.zone = z.zone and s.kind = p.kind
				%s
				where p.compound_id = :compound and %s""".formatted(NEXT_DUE, LAST_ROUND, scope.condition("p")))
			.param("compound", compound.id())
			.query((rs, n) -> point(rs, now))
			.list()
			.stream()
			.sorted(Comparator.comparing(PointView::buildingCode).thenComparing(PointView::kind))
			.toList();
	}

	/** Per compound in scope: its points, how many are overdue, and its open terminal disinfections; worst first. */
	@Transactional(readOnly = true)
	public List<CompoundOverdue> overdue(TerritoryScope scope) {
		return jdbc.sql("""
				with points as (
				    select p.compound_id, count(*) as points,
				           count(*) filter (where s.times_per_day > 0 and %s < :now) as overdue
				    from disinfection_point p
				    join zone_unit_summary z on z.compound_id = p.compound_id
				    left join disinfection_schedule s on s.zone = z.zone and s.kind = p.kind
				    %s
				    where %s group by p.compound_id),
				terminal as (
				    select compound_id, count(*) as open from terminal_disinfection t
				    where t.done_at is null and %s group by compound_id)
				select c.code, c.name, z.zone, coalesce(p.points, 0), coalesce(p.overdue, 0), coalesce(t.open, 0)
				from points p full join terminal t on t.compound_id = p.compound_id
				join territory_placement c on c.id = coalesce(p.compound_id, t.compound_id)
				join zone_unit_summary z on z.compound_id = c.id
				order by coalesce(t.open, 0) + coalesce(p.overdue, 0) desc, c.code"""
			.formatted(NEXT_DUE, LAST_ROUND, scope.condition("p"), scope.condition("t")))
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new CompoundOverdue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	TerritoryNode compound(String code, TerritoryScope scope) {
		return territory.findByCode(code == null ? "" : code.trim())
			.filter(n -> n.kind() == TerritoryKind.COMPOUND && scope.contains(n))
			.orElseThrow(() -> new NotFoundException("compound", code));
	}

	private static PointView point(ResultSet rs, Instant now) throws SQLException {
		Timestamp last = rs.getTimestamp(7);
		Timestamp next = rs.getTimestamp(10);
		return new PointView(rs.getLong(1), PointKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getInt(6), last == null ? null : last.toInstant(), rs.getString(8),
				rs.getString(9), next == null ? null : next.toInstant(), next != null && next.toInstant().isBefore(now));
	}
}
