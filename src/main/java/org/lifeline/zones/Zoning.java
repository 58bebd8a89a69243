package org.lifeline.zones;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the zones of units (compounds, and buildings that are units of their own) and lets a district override
 * one. Zones are computed from cases by the active rule set ({@link ZoneRecomputation}); a compound zones never
 * heard of is in the precaution zone.
 */
@Service
public class Zoning {

	/** Zone clocks count days in Shanghai. */
	public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final int MAX_REASON = ZoneOverrides.MAX_REASON;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final ZoneRuleSets ruleSets;

	private final ZoneOverrides overrides;

	private final ZoneReasons reasons;

	private final Clock clock;

	Zoning(JdbcClient jdbc, Territory territory, ZoneRuleSets ruleSets, ZoneOverrides overrides, ZoneReasons reasons,
			Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.ruleSets = ruleSets;
		this.overrides = overrides;
		this.reasons = reasons;
		this.clock = clock;
	}

	/** The zone of a compound (or of a building that is a unit) with its clock, override and history. */
	@Transactional(readOnly = true)
	public CompoundZone zoneOf(String code, TerritoryScope scope) {
		TerritoryNode unit = unit(code, scope);
		ZoneRuleSet active = ruleSets.active();
		Optional<UnitRow> row = unitRow(unit.id());
		List<CompoundZone.Change> history = history(unit.id());
		Optional<Current> current = unit.kind() == TerritoryKind.COMPOUND ? current(unit)
				: row.map(r -> new Current(r.zone(), r.since(), null, null));
		Zone zone = current.map(Current::zone).orElse(Zone.PRECAUTION);
		String reason = history.isEmpty() ? current.map(Current::reason).orElse(null) : history.get(0).reason();
		String changedBy = history.isEmpty() ? current.map(Current::changedBy).orElse(null) : history.get(0).changedBy();
		LocalDate dayZero = row.map(UnitRow::dayZero).orElse(null);
		return new CompoundZone(unit.code(), unit.name(), zone, current.map(Current::since).orElse(null), reason,
				changedBy, dayZero, active.expectedRelease(dayZero), row.map(UnitRow::ruleSet).orElse(active.name()),
				row.map(UnitRow::computed).orElse(Zone.PRECAUTION), row.map(UnitRow::override).orElse(null), history);
	}

	/**
	 * The zone a household lives under: its building's when the building is a unit of its own in a stricter zone,
	 * else its compound's.
	 */
	@Transactional(readOnly = true)
	public CompoundZone homeZone(String compoundCode, String buildingCode) {
		CompoundZone compound = zoneOf(compoundCode, TerritoryScope.everything());
		Optional<TerritoryNode> building = territory.findByCode(buildingCode);
		if (building.isEmpty() || unitRow(building.get().id()).isEmpty()) {
			return compound;
		}
		CompoundZone own = zoneOf(buildingCode, TerritoryScope.everything());
		return own.zone().ordinal() < compound.zone().ordinal() ? own : compound;
	}

	/** How many compounds within a node are in each zone (compounds never computed count as precaution). */
	@Transactional(readOnly = true)
	public Map<Zone, Long> compoundsPerZone(TerritoryNode node) {
		Map<Zone, Long> counts = new EnumMap<>(Zone.class);
		for (Zone zone : Zone.values()) {
			counts.put(zone, 0L);
		}
		jdbc.sql("select coalesce(z.zone, 'PRECAUTION'), count(*) from territory_placement n left join compound_zone z on z.compound_id = n.id "
				+ "where n.kind = 'COMPOUND' and " + node.scope().condition("n") + " group by 1")
			.query((rs, n) -> counts.put(Zone.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** The current zone of each of these compounds, by compound code. */
	@Transactional(readOnly = true)
	public Map<String, Zone> zonesOf(Collection<TerritoryNode> compounds) {
		Map<String, Zone> zones = new HashMap<>();
		List<TerritoryNode> known = compounds.stream().filter(c -> c.kind() == TerritoryKind.COMPOUND).toList();
		if (known.isEmpty()) {
			return zones;
		}
		Map<Long, String> codes = new HashMap<>();
		known.forEach(c -> {
			zones.put(c.code(), Zone.PRECAUTION);
			codes.put(c.id(), c.code());
		});
		jdbc.sql("select compound_id, zone from compound_zone where compound_id in (:ids)")
			.param("ids", List.copyOf(codes.keySet()))
			.query((rs, n) -> zones.put(codes.get(rs.getLong(1)), Zone.valueOf(rs.getString(2))))
			.list();
		return zones;
	}

	/**
	 * A district holds a unit in a zone until the end date (inclusive); the computed zone applies again the day
	 * after.
	 */
	@Transactional
	public CompoundZone override(String code, Zone zone, String reason, LocalDate until, String actor,
			TerritoryScope scope) {
		overrides.override(code, zone, reason, until, actor, scope);
		return zoneOf(code, scope);
	}

	/**
	 * Moves a compound to a zone with a reason: an override for the active rule set's sealed period from today.
	 */
	@Transactional
	public CompoundZone setZone(String code, Zone zone, String reason, String actor, TerritoryScope scope) {
		LocalDate until = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(ruleSets.active().sealedDays());
		return override(code, zone, reason, until, actor, scope);
	}

	private TerritoryNode unit(String code, TerritoryScope scope) {
		return territory.findByCode(code)
			.filter(node -> (node.kind() == TerritoryKind.COMPOUND || node.kind() == TerritoryKind.BUILDING)
					&& scope.contains(node))
			.orElseThrow(() -> new NotFoundException("compound", code));
	}

	private List<CompoundZone.Change> history(long unitId) {
		var locale = LocaleContextHolder.getLocaleContext() == null ? ZoneReasons.CHINESE : LocaleContextHolder.getLocale();
		return jdbc.sql("""
				select from_zone, to_zone, reason, changed_by, changed_at, reason_key, reason_args from zone_change
				where unit_id = ? order by changed_at desc, id desc""")
			.param(unitId)
			.query((rs, n) -> new CompoundZone.Change(
					rs.getString(1) == null ? null : Zone.valueOf(rs.getString(1)), Zone.valueOf(rs.getString(2)),
					reasons.text(rs.getString(6), strings(rs.getArray(7)), rs.getString(3), locale), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	private Optional<UnitRow> unitRow(long unitId) {
		return jdbc.sql("""
				select day_zero, computed_zone, zone, since, rule_set, override_zone, override_reason, override_until,
				       override_by, override_at
				from zone_unit where unit_id = ?""")
			.param(unitId)
			.query((rs, n) -> new UnitRow(rs.getObject(1, LocalDate.class), Zone.valueOf(rs.getString(2)),
					Zone.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getString(5),
					rs.getString(6) == null ? null
							: new CompoundZone.Override(Zone.valueOf(rs.getString(6)), rs.getString(7),
									rs.getObject(8, LocalDate.class), rs.getString(9),
									rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant())))
			.optional();
	}

	private Optional<Current> current(TerritoryNode compound) {
		return jdbc.sql("select zone, since, reason, changed_by from compound_zone where compound_id = ?")
			.param(compound.id())
			.query((rs, n) -> new Current(Zone.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
					rs.getString(3), rs.getString(4)))
			.optional();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private record Current(Zone zone, Instant since, String reason, String changedBy) {
	}

	private record UnitRow(LocalDate dayZero, Zone computed, Zone zone, Instant since, String ruleSet,
			CompoundZone.Override override) {
	}
}
