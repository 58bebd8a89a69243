package org.lifeline.zones;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets and reads the zone of compounds. A compound never set is in the precaution zone. Every change keeps a
 * history entry and announces {@link ZoneChanged}.
 */
@Service
public class Zoning {

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Zoning(JdbcClient jdbc, Territory territory, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CompoundZone zoneOf(String compoundCode, TerritoryScope scope) {
		TerritoryNode compound = compound(compoundCode, scope);
		List<CompoundZone.Change> history = jdbc
			.sql("select from_zone, to_zone, reason, changed_by, changed_at from zone_change where compound_id = ? order by changed_at desc, id desc")
			.param(compound.id())
			.query((rs, n) -> new CompoundZone.Change(
					rs.getString(1) == null ? null : Zone.valueOf(rs.getString(1)), Zone.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
		return current(compound).map(c -> new CompoundZone(compound.code(), compound.name(), c.zone(), c.since(),
				c.reason(), c.changedBy(), history))
			.orElseGet(() -> new CompoundZone(compound.code(), compound.name(), Zone.PRECAUTION, null, null, null,
					history));
	}

	/** How many compounds within a node are in each zone (compounds never set count as precaution). */
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
		known.forEach(c -> zones.put(c.code(), Zone.PRECAUTION));
		List<Long> ids = known.stream().map(TerritoryNode::id).toList();
		jdbc.sql("select n.code, z.zone from compound_zone z join territory_placement n on n.id = z.compound_id where z.compound_id in (:ids)")
			.param("ids", ids)
			.query((rs, n) -> zones.put(rs.getString(1), Zone.valueOf(rs.getString(2))))
			.list();
		return zones;
	}

	/** Moves a compound to a zone with a reason; setting the zone it already has changes nothing. */
	@Transactional
	public CompoundZone setZone(String compoundCode, Zone zone, String reason, String actor, TerritoryScope scope) {
		if (zone == null) {
			throw new InvalidInputException("zone", "zone is required: SEALED, CONTROLLED or PRECAUTION");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "a reason is required for every zone change");
		}
		if (reason.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "the reason is longer than " + MAX_REASON + " characters");
		}
		TerritoryNode compound = compound(compoundCode, scope);
		jdbc.sql("select id from territory_placement where id = ? for update").param(compound.id()).query(Long.class).single();
		Zone from = current(compound).map(Current::zone).orElse(null);
		if (from == zone) {
			return zoneOf(compoundCode, scope);
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into compound_zone (compound_id, district_id, zone, since, reason, changed_by)
				values (:id, :district, :zone, :now, :reason, :actor)
				on conflict (compound_id) do update set zone = excluded.zone, since = excluded.since,
				    reason = excluded.reason, changed_by = excluded.changed_by""")
			.param("id", compound.id())
			.param("district", compound.districtId())
			.param("zone", zone.name())
			.param("now", java.sql.Timestamp.from(now))
			.param("reason", reason.trim())
			.param("actor", actor)
			.update();
		jdbc.sql("""
				insert into zone_change (compound_id, district_id, from_zone, to_zone, reason, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(compound.id(), compound.districtId(), from == null ? null : from.name(), zone.name(), reason.trim(),
					actor, java.sql.Timestamp.from(now))
			.update();
		events.publishEvent(new ZoneChanged(compound.id(), compound.code(), compound.committeeId(),
				from == null ? Zone.PRECAUTION : from, zone, reason.trim(), actor, now));
		return zoneOf(compoundCode, scope);
	}

	private TerritoryNode compound(String code, TerritoryScope scope) {
		return territory.findByCode(code)
			.filter(node -> node.kind() == TerritoryKind.COMPOUND && scope.contains(node))
			.orElseThrow(() -> new NotFoundException("compound", code));
	}

	private Optional<Current> current(TerritoryNode compound) {
		return jdbc.sql("select zone, since, reason, changed_by from compound_zone where compound_id = ?")
			.param(compound.id())
			.query((rs, n) -> new Current(Zone.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant(),
					rs.getString(3), rs.getString(4)))
			.optional();
	}

	private record Current(Zone zone, Instant since, String reason, String changedBy) {
	}
}
