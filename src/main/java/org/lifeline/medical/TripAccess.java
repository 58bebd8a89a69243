package org.lifeline.medical;

import org.lifeline.territory.TerritoryScope;

/**
 * Which trips a caller may see and act on: those of patients in their territory scope, those on the vehicles
 * they drive (a driver), or those to their hospital (a hospital desk). The condition lives in the SQL.
 */
public record TripAccess(TerritoryScope scope, Long driverId, String hospitalCode) {

	/** Everything: system work such as standing trips generated at night. */
	public static TripAccess everything() {
		return new TripAccess(TerritoryScope.everything(), null, null);
	}

	public static TripAccess of(TerritoryScope scope) {
		return new TripAccess(scope, null, null);
	}

	public static TripAccess driver(long userId) {
		return new TripAccess(TerritoryScope.nothing(), userId, null);
	}

	public static TripAccess hospital(String code) {
		return new TripAccess(TerritoryScope.nothing(), null, code);
	}

	/** The SQL condition over a trip alias {@code t}. Ids and codes are checked before they reach here. */
	public String condition(String t) {
		StringBuilder sql = new StringBuilder("(").append(scope.condition(t));
		if (driverId != null) {
			sql.append(" or exists (select 1 from trip_leg dl join vehicle_shift ds on ds.vehicle_id = dl.vehicle_id")
				.append(" where dl.trip_id = ").append(t).append(".id and ds.driver_id = ").append(driverId)
				.append(" and dl.planned_start < ds.ends_at and dl.planned_end > ds.starts_at)");
		}
		if (hospitalCode != null) {
			sql.append(" or ").append(t).append(".hospital_code = '").append(hospitalCode.replace("'", "''")).append("'");
		}
		return sql.append(")").toString();
	}

	/** The condition over a vehicle alias: vehicles of the caller's district or street, or driven by the caller. */
	public String vehicleCondition(String v) {
		String territory = switch (scope.level()) {
			case CITY -> "true";
			case DISTRICT -> v + ".district_id = " + scope.nodeId();
			case STREET -> v + ".street_id = " + scope.nodeId();
			default -> "false";
		};
		if (driverId != null) {
			territory = "(" + territory + " or exists (select 1 from vehicle_shift s where s.vehicle_id = " + v
					+ ".id and s.driver_id = " + driverId + "))";
		}
		return territory;
	}
}
