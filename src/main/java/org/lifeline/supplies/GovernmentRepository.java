package org.lifeline.supplies;

import static org.lifeline.supplies.SupplierRepository.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Government package rounds and their one-per-household deliveries. */
@Repository
class GovernmentRepository {

	/** The tags that put a household first in line for a government package (DESIGN §4.6). */
	static final String VULNERABLE_TAGS = "'{LIVING_ALONE_ELDERLY,AGED_80_PLUS,SERIOUSLY_ILL,DISABLED,LOW_INCOME,PREGNANT,INFANT,DIALYSIS,CHEMO_RADIOTHERAPY}'";

	private final JdbcClient jdbc;

	GovernmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A government round whose slot overlaps the given one and that delivers in the compound. */
	Optional<Long> clashInCompound(long compoundId, Instant start, Instant end) {
		return jdbc.sql("""
				select r.id from government_round r where r.slot_start < ? and ? < r.slot_end
				and exists (select 1 from government_delivery d where d.round_id = r.id and d.compound_id = ?)
				order by r.id limit 1""")
			.params(ts(end), ts(start), compoundId)
			.query(Long.class)
			.optional();
	}

	/** Group buys delivering within the node whose slot overlaps the given one. */
	List<Long> clashingGroupBuys(TerritoryNode node, Instant start, Instant end) {
		String where = switch (node.kind()) {
			case CITY -> "true";
			case BUILDING -> "g.compound_id = " + node.compoundId();
			default -> node.scope().condition("g");
		};
		return jdbc.sql("select g.id from group_buy g where " + where + """
				 and g.status <> 'CANCELLED' and g.slot_start is not null and g.slot_start < ? and ? < g.slot_end
				order by g.id limit 5""")
			.params(ts(end), ts(start))
			.query(Long.class)
			.list();
	}

	long insertRound(String name, TerritoryNode node, List<String> contents, Instant start, Instant end, String actor,
			Instant now) {
		return jdbc.sql("""
				insert into government_round (name, node_id, district_id, street_id, committee_id, compound_id, contents,
				    slot_start, slot_end, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(name, node.id(), node.districtId(), node.streetId(), node.committeeId(), node.compoundId(),
					contents.toArray(String[]::new), ts(start), ts(end), actor, ts(now))
			.query(Long.class)
			.single();
	}

	/** One delivery per household within the node, vulnerable households first, then building and room order. */
	int allocate(long roundId, TerritoryNode node) {
		String where = node.kind() == org.lifeline.territory.TerritoryKind.CITY ? "true" : node.scope().condition("h", "id");
		return jdbc.sql("""
				insert into government_delivery (round_id, household_id, building_id, compound_id, committee_id, street_id,
				    district_id, vulnerable, position)
				select ?, h.id, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id, v.vulnerable,
				       row_number() over (order by v.vulnerable desc, h.building_id, length(h.room), h.room)
				from household_place h
				cross join lateral (select exists (select 1 from resident_facts r where r.household_id = h.id
				    and r.tags && """ + " " + VULNERABLE_TAGS + "::text[]) as vulnerable) v where " + where)
			.param(roundId)
			.update();
	}

	boolean markDelivered(long roundId, long householdId, String scopeCondition, String actor, Instant now) {
		return jdbc.sql("update government_delivery d set delivered_at = ?, delivered_by = ? where d.round_id = ? and d.household_id = ? and "
				+ scopeCondition + " and d.delivered_at is null")
			.params(ts(now), actor, roundId, householdId)
			.update() == 1;
	}
}
