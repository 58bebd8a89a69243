package org.lifeline.zones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The units of a territory with their zones, by code: every compound (those zones never heard of are in the
 * precaution zone) and, while the active rule set seals buildings, the buildings that are units of their own.
 */
@Component
class ZoneListing {

	private static final String UNITS = """
			select * from (
			    select n.code, n.name, 'COMPOUND' as kind, coalesce(z.zone, 'PRECAUTION') as zone, z.since, u.day_zero,
			           u.override_zone, u.override_until
			    from territory_placement n
			    left join compound_zone z on z.compound_id = n.id
			    left join zone_unit u on u.unit_id = n.id
			    where n.kind = 'COMPOUND' and %1$s
			    union all
			    select b.code, b.name, 'BUILDING', b.zone, b.since, b.day_zero, b.override_zone, b.override_until
			    from zone_unit b
			    where b.kind = 'BUILDING' and %3$s and %2$s
			) x where (:zone = '' or x.zone = :zone)""";

	private final JdbcClient jdbc;

	private final ZoneRuleSets ruleSets;

	ZoneListing(JdbcClient jdbc, ZoneRuleSets ruleSets) {
		this.jdbc = jdbc;
		this.ruleSets = ruleSets;
	}

	@Transactional(readOnly = true)
	PageResult<UnitZone> units(TerritoryScope scope, Zone zone, PageRequest page) {
		if (!nodeScope(scope)) {
			return new PageResult<>(List.of(), 0);
		}
		ZoneRuleSet active = ruleSets.active();
		String sql = UNITS.formatted(scope.condition("n"), scope.condition("b"), active.sealsBuildings());
		String wanted = zone == null ? "" : zone.name();
		long total = jdbc.sql("select count(*) from (" + sql + ") counted").param("zone", wanted)
			.query(Long.class).single();
		List<UnitZone> items = jdbc.sql(sql + " order by x.code limit :limit offset :offset")
			.param("zone", wanted)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> {
				LocalDate dayZero = rs.getObject("day_zero", LocalDate.class);
				LocalDate until = rs.getObject("override_until", LocalDate.class);
				return new UnitZone(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
						Zone.valueOf(rs.getString("zone")),
						rs.getTimestamp("since") == null ? null : rs.getTimestamp("since").toInstant(), dayZero,
						active.expectedRelease(dayZero), rs.getString("override_zone") != null, until);
			})
			.list();
		return new PageResult<>(items, total);
	}

	/** One unit in a list: code, name, kind (COMPOUND or BUILDING), zone, since, day 0, expected release. */
	record UnitZone(String code, String name, String kind, Zone zone, Instant since, LocalDate dayZero,
			LocalDate expectedRelease, boolean overridden, LocalDate overrideUntil) {
	}

	/** Lists are by territory node; a volunteer's buildings or a household see no list of zone units. */
	private static boolean nodeScope(TerritoryScope scope) {
		return switch (scope.level()) {
			case CITY, DISTRICT, STREET, COMMITTEE, COMPOUND -> true;
			default -> false;
		};
	}
}
