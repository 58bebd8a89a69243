package org.lifeline.zones;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.shared.NotFoundException;

import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the zone units zones computes: a compound or a building becomes a unit the first time zones hears of
 * it, with the territory facts (code, name, ids of the levels above) taken from territory's API, and its day 0
 * moves with every later positive.
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

	/**
	 * Counts a positive of the building on the day and moves day 0 of the building and of its compound to that day
	 * when it is later (both become units if they were not), in one statement that reads the territory facts from
	 * territory's published view territory_placement. Answers the compound's id.
	 */
	long positive(long buildingId, LocalDate day, Instant now) {
		List<Long> units = jdbc.sql("""
				with place as (
				    select b.id as building_id, b.code as building_code, b.name as building_name, c.id as compound_id,
				           c.code as compound_code, c.name as compound_name, c.committee_id, c.street_id, c.district_id
				    from territory_placement b
				    join territory_placement c on c.id = b.compound_id and c.kind = 'COMPOUND'
				    where b.id = :building and b.kind = 'BUILDING'),
				counted as (
				    insert into zone_positive (building_id, reported_on, compound_id, district_id, positives)
				    select building_id, cast(:day as date), compound_id, district_id, 1 from place
				    on conflict (building_id, reported_on) do update set positives = zone_positive.positives + 1)
				insert into zone_unit (unit_id, kind, compound_id, committee_id, street_id, district_id, code, name, since,
				                       day_zero)
				select compound_id, 'COMPOUND', compound_id, committee_id, street_id, district_id, compound_code,
				       compound_name, cast(:now as timestamptz), cast(:day as date) from place
				union all
				select building_id, 'BUILDING', compound_id, committee_id, street_id, district_id, building_code,
				       building_name, cast(:now as timestamptz), cast(:day as date) from place
				on conflict (unit_id) do update set day_zero = greatest(zone_unit.day_zero, excluded.day_zero)
				returning compound_id""")
			.param("building", buildingId)
			.param("day", day)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.list();
		if (units.isEmpty()) {
			throw new NotFoundException("building", Long.toString(buildingId));
		}
		return units.get(0);
	}

	/** Locks the unit's row for an override, so two overrides of one unit queue. */
	void lock(long unitId) {
		jdbc.sql("select unit_id from zone_unit where unit_id = ? for update").param(unitId).query(Long.class).single();
	}
}
