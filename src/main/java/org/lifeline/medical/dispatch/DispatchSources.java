package org.lifeline.medical.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.lifeline.medical.VehicleType;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a plan starts from, read in the caller's scope: the legs waiting for a vehicle (outbound legs of requested
 * trips, return legs of patients at the hospital) and the fleet's vehicles with a driver on shift. A vehicle that
 * already holds assigned legs (given by hand or by an earlier plan) is free only after the last of them, at its
 * drop-off; those legs stay where they are.
 */
@Repository
class DispatchSources {

	/** Shifts starting later than this are not planned yet. */
	static final Duration HORIZON = Duration.ofHours(12);

	private final JdbcClient jdbc;

	DispatchSources(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OpenLeg> openLegs(TerritoryScope scope) {
		return jdbc.sql("""
				select l.id, l.trip_id, l.direction, coalesce(l.ready_at, t.ready_at) as ready, t.priority,
				       t.pickup_lat, t.pickup_lon, coalesce(h.lat, t.site_lat) as hospital_lat,
				       coalesce(h.lon, t.site_lon) as hospital_lon,
				       t.wheelchair, t.stretcher, t.oxygen, t.companion, t.escort is not null as escorted
				from trip_leg l join trip t on t.id = l.trip_id left join hospital h on h.code = t.hospital_code
				where l.status = 'OPEN'
				  and ((l.direction = 'OUTBOUND' and t.status = 'REQUESTED')
				    or (l.direction = 'RETURN' and t.status in ('AT_HOSPITAL', 'RETURNING')))
				  and """ + " " + scope.condition("t") + " order by ready, l.id limit 2000")
			.query((rs, n) -> openLeg(rs))
			.list();
	}

	private static OpenLeg openLeg(ResultSet rs) throws SQLException {
		GeoPoint home = new GeoPoint(rs.getDouble("pickup_lat"), rs.getDouble("pickup_lon"));
		GeoPoint hospital = new GeoPoint(rs.getDouble("hospital_lat"), rs.getDouble("hospital_lon"));
		boolean outbound = "OUTBOUND".equals(rs.getString("direction"));
		int seats = 1 + (rs.getBoolean("companion") ? 1 : 0) + (rs.getBoolean("escorted") ? 1 : 0);
		TripToPlan trip = new TripToPlan(rs.getLong("id"), outbound ? home : hospital, outbound ? hospital : home,
				PatientCarriage.of(rs.getBoolean("wheelchair"), rs.getBoolean("stretcher"), rs.getBoolean("oxygen")),
				seats, rs.getInt("priority"), rs.getTimestamp("ready").toInstant(), null);
		return new OpenLeg(rs.getLong("id"), rs.getLong("trip_id"), rs.getString("direction"), trip);
	}

	/**
	 * The scope's vehicles in service with a driver on a shift under way or starting within the horizon (a vehicle
	 * on shift without a driver gets no legs). A vehicle whose
	 * position is unknown (no report, no map point for its street or district) is taken to stand at the fallback.
	 */
	List<VehicleToPlan> vehicles(TerritoryScope scope, Instant now, GeoPoint fallback) {
		return jdbc.sql("""
				select v.id, v.type, v.seats, s.starts_at, s.ends_at,
				       coalesce(busy.free_lat, v.lat, street.lat, district.lat) as lat,
				       coalesce(busy.free_lon, v.lon, street.lon, district.lon) as lon, busy.free_at
				from vehicle v
				join lateral (select starts_at, ends_at from vehicle_shift vs where vs.vehicle_id = v.id
				              and vs.driver_id is not null
				              and vs.ends_at > ? and vs.starts_at < ? order by vs.starts_at limit 1) s on true
				left join territory_placement street on street.id = v.street_id
				join territory_placement district on district.id = v.district_id
				left join lateral (
				    select l.planned_end as free_at,
				           case when l.direction = 'OUTBOUND' then coalesce(h.lat, t.site_lat) else t.pickup_lat end as free_lat,
				           case when l.direction = 'OUTBOUND' then coalesce(h.lon, t.site_lon) else t.pickup_lon end as free_lon
				    from trip_leg l join trip t on t.id = l.trip_id left join hospital h on h.code = t.hospital_code
				    where l.vehicle_id = v.id and l.status = 'ASSIGNED' and l.planned_end > ?
				    order by l.planned_end desc limit 1) busy on true
				where v.status <> 'OUT_OF_SERVICE' and """ + " " + fleet(scope) + " order by v.id")
			.params(Timestamp.from(now), Timestamp.from(now.plus(HORIZON)), Timestamp.from(now))
			.query((rs, n) -> {
				Instant free = latest(now, rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("free_at"));
				Instant shiftEnd = rs.getTimestamp("ends_at").toInstant();
				GeoPoint at = rs.getObject("lat") == null || rs.getObject("lon") == null ? fallback
						: new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon"));
				return new VehicleToPlan(rs.getLong("id"), VehicleType.valueOf(rs.getString("type")), rs.getInt("seats"), at,
						free,
						shiftEnd.isAfter(free) ? shiftEnd : free.plusSeconds(1));
			})
			.list();
	}

	private static Instant latest(Instant now, Instant shiftStart, Timestamp busyUntil) {
		Instant free = shiftStart.isAfter(now) ? shiftStart : now;
		return busyUntil != null && busyUntil.toInstant().isAfter(free) ? busyUntil.toInstant() : free;
	}

	/** The fleet a scope dispatches: a street's own vehicles, a district's, or the city's. */
	static String fleet(TerritoryScope scope) {
		return switch (scope.level()) {
			case CITY -> "true";
			case DISTRICT -> "v.district_id = " + scope.nodeId();
			case STREET -> "v.street_id = " + scope.nodeId();
			default -> "false";
		};
	}
}
