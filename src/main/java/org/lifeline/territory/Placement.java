package org.lifeline.territory;

/**
 * Where a row sits in the territory: the ids of its district, street, committee, compound, building and
 * household, as rows about people carry them. Lets a scope be checked against a row already read, the same check
 * {@link TerritoryScope#condition(String)} makes in SQL.
 */
public record Placement(long districtId, long streetId, long committeeId, long compoundId, Long buildingId,
		Long householdId) {

	/** The id at a level of a scope (none for the city or nothing). */
	Long idAt(TerritoryScope.Level level) {
		return switch (level) {
			case DISTRICT -> districtId;
			case STREET -> streetId;
			case COMMITTEE -> committeeId;
			case COMPOUND -> compoundId;
			case BUILDING -> buildingId;
			case HOUSEHOLD -> householdId;
			case CITY, NOTHING -> null;
		};
	}
}
