package org.lifeline.zones;

import java.sql.Timestamp;
import java.time.Instant;

import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the zone units zones computes: a compound or a building becomes a unit the first time zones hears of
 * it, with the territory facts (code, name, ids of the levels above) taken from territory's API.
 */
@Component
class ZoneUnits {

	private final JdbcClient jdbc;

	ZoneUnits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes the compound or building a unit (precaution until computed) unless it already is one. */
	void ensure(TerritoryNode node, Instant now) {
		if (node.kind() != TerritoryKind.COMPOUND && node.kind() != TerritoryKind.BUILDING) {
			throw new IllegalArgumentException("only compounds and buildings are zone units: " + node.code());
		}
		jdbc.sql("""
				insert into zone_unit (unit_id, kind, compound_id, committee_id, street_id, district_id, code, name, since)
				values (:id, :kind, :compound, :committee, :street, :district, :code, :name, :now)
				on conflict (unit_id) do nothing""")
			.param("id", node.id())
			.param("kind", node.kind().name())
			.param("compound", node.kind() == TerritoryKind.COMPOUND ? node.id() : node.compoundId())
			.param("committee", node.committeeId())
			.param("street", node.streetId())
			.param("district", node.districtId())
			.param("code", node.code())
			.param("name", node.name())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Locks the unit's row for an override, so two overrides of one unit queue. */
	void lock(long unitId) {
		jdbc.sql("select unit_id from zone_unit where unit_id = ? for update").param(unitId).query(Long.class).single();
	}
}
