package org.lifeline.zones;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

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
	 * when it is later (both become units if they were not).
	 */
	void positive(TerritoryNode compound, TerritoryNode building, LocalDate day, Instant now) {
		jdbc.sql("""
				with counted as (
				    insert into zone_positive (building_id, reported_on, compound_id, district_id, positives)
				    values (:building, :day, :compound, :district, 1)
				    on conflict (building_id, reported_on) do update set positives = zone_positive.positives + 1)
				insert into zone_unit (unit_id, kind, compound_id, committee_id, street_id, district_id, code, name, since,
				                       day_zero)
				values (:compound, 'COMPOUND', :compound, :committee, :street, :district, :compoundCode, :compoundName,
				        :now, :day),
				       (:building, 'BUILDING', :compound, :committee, :street, :district, :buildingCode, :buildingName,
				        :now, :day)
				on conflict (unit_id) do update set day_zero = greatest(zone_unit.day_zero, excluded.day_zero)""")
			.param("building", building.id())
			.param("compound", compound.id())
			.param("committee", compound.committeeId())
			.param("street", compound.streetId())
			.param("district", compound.districtId())
			.param("compoundCode", compound.code())
			.param("compoundName", compound.name())
			.param("buildingCode", building.code())
			.param("buildingName", building.name())
			.param("day", day)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Sets every unit's day 0 from the positives per building per day, set-based: after positives arrive in bulk
	 * (a COPY), or to repair day 0 from the positives. Answers how many units moved.
	 */
	int dayZeroFromPositives() {
		return jdbc.sql("""
				update zone_unit u set day_zero = d.day0
				from (select building_id as unit_id, max(reported_on) as day0 from zone_positive group by building_id
				      union all
				      select compound_id, max(reported_on) from zone_positive group by compound_id) d
				where u.unit_id = d.unit_id and u.day_zero is distinct from d.day0""")
			.update();
	}

	/** Locks the unit's row for an override, so two overrides of one unit queue. */
	void lock(long unitId) {
		jdbc.sql("select unit_id from zone_unit where unit_id = ? for update").param(unitId).query(Long.class).single();
	}
}
