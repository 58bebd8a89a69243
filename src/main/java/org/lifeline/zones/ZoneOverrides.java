package org.lifeline.zones;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A district holds a unit in a zone with a reason until an end date (inclusive). While it holds, the
 * computation still records what the unit would be; the day after the end date the computed zone applies.
 */
@Service
public class ZoneOverrides {

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final ZoneUnits units;

	private final ZoneRecomputation recomputation;

	private final Clock clock;

	ZoneOverrides(JdbcClient jdbc, Territory territory, ZoneUnits units, ZoneRecomputation recomputation, Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.units = units;
		this.recomputation = recomputation;
		this.clock = clock;
	}

	/** Holds the unit with this code in the zone until the end date; answers the unit's node. */
	@Transactional
	public TerritoryNode override(String code, Zone zone, String reason, LocalDate until, String actor,
			TerritoryScope scope) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Zoning.SHANGHAI);
		check(zone, reason, until, today);
		TerritoryNode unit = territory.findByCode(code)
			.filter(node -> (node.kind() == TerritoryKind.COMPOUND || node.kind() == TerritoryKind.BUILDING)
					&& scope.contains(node))
			.orElseThrow(() -> new NotFoundException("compound", code));
		if (unit.kind() == TerritoryKind.BUILDING) {
			units.ensure(territory.byId(unit.compoundId()), now);
		}
		units.ensure(unit, now);
		units.lock(unit.id());
		jdbc.sql("""
				update zone_unit set override_zone = :zone, override_reason = :reason, override_until = :until,
				    override_by = :actor, override_at = :now
				where unit_id = :id""")
			.param("zone", zone.name())
			.param("reason", reason.trim())
			.param("until", until)
			.param("actor", actor)
			.param("now", Timestamp.from(now))
			.param("id", unit.id())
			.update();
		recomputation.recomputeCompound(unit.kind() == TerritoryKind.COMPOUND ? unit.id() : unit.compoundId(),
				ZoneRecomputation.Cause.OVERRIDE);
		return unit;
	}

	private static void check(Zone zone, String reason, LocalDate until, LocalDate today) {
		if (zone == null) {
			throw new InvalidInputException("zone", "zone is required: SEALED, CONTROLLED or PRECAUTION",
					"problem.zones.zoneRequired");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "a reason is required for every override",
					"problem.zones.reasonRequired");
		}
		if (reason.trim().length() > MAX_REASON) {
			throw new InvalidInputException("reason", "the reason is longer than " + MAX_REASON + " characters",
					"problem.zones.reasonTooLong", String.valueOf(MAX_REASON));
		}
		if (until == null) {
			throw new InvalidInputException("until", "an end date (until) is required for every override",
					"problem.zones.untilRequired");
		}
		if (until.isBefore(today)) {
			throw new InvalidInputException("until", "the end date " + until + " is in the past (today is " + today + ")",
					"problem.zones.untilPast", until, today);
		}
	}
}
