package org.lifeline.sanitation;

import org.lifeline.territory.TerritoryScope;

/** The territory's buildings as sanitation's SQL reads them, through the published view territory_placement. */
final class Buildings {

	/** Buildings with the territory ids of their rows, aliased {@code b}, for a scope condition on {@code b}. */
	static final String IN_TERRITORY = """
			(select id as building_id, null::bigint as household_id, compound_id, committee_id, street_id, district_id,
			        code, name from territory_placement where kind = 'BUILDING') b""";

	/** Compounds with their zone (zones' published view), aliased {@code z}. */
	static final String ZONES = "zone_unit_summary z";

	/** Days of schedules and task lists are Shanghai days. */
	static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

	private Buildings() {
	}

	/** The scope's condition over the buildings, aliased {@code b}. */
	static String within(TerritoryScope scope) {
		return scope.condition("b");
	}
}
