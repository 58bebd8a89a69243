package org.lifeline.medical.trips;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.lifeline.medical.LegDirection;
import org.lifeline.medical.LegStatus;
import org.lifeline.medical.LegView;
import org.lifeline.medical.Need;
import org.lifeline.medical.PatientNeeds;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripStep;
import org.lifeline.medical.TripView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads trips, their legs and timelines; every read is filtered by the caller's {@link TripAccess}. */
@Repository
public class TripRepository {

	private static final String VIEW = """
			select t.*, r.name as resident_name, coalesce(h.name, t.site_name) as hospital_name,
			       coalesce(h.lat, t.site_lat) as hospital_lat, coalesce(h.lon, t.site_lon) as hospital_lon,
			       o.id as o_id, o.status as o_status, o.ready_at as o_ready, o.vehicle_id as o_vehicle,
			       ov.code as o_code, ov.plate as o_plate, o.planned_start as o_start, o.planned_end as o_end,
			       o.pinned as o_pinned,
			       b.id as b_id, b.status as b_status, b.ready_at as b_ready, b.vehicle_id as b_vehicle,
			       bv.code as b_code, bv.plate as b_plate, b.planned_start as b_start, b.planned_end as b_end,
			       b.pinned as b_pinned
			from trip t
			join resident_facts r on r.id = t.resident_id
			left join hospital h on h.code = t.hospital_code
			join trip_leg o on o.trip_id = t.id and o.direction = 'OUTBOUND'
			left join vehicle ov on ov.id = o.vehicle_id
			join trip_leg b on b.trip_id = t.id and b.direction = 'RETURN'
			left join vehicle bv on bv.id = b.vehicle_id
			""";

	private final JdbcClient jdbc;

	TripRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(NewTrip t, Instant now) {
		long id = jdbc.sql("""
				insert into trip (resident_id, household_id, building_id, compound_id, committee_id, street_id,
				    district_id, need, priority, hospital_code, pickup_address, pickup_lat, pickup_lon, wheelchair,
				    stretcher, companion, oxygen, escort, status, requested_at, ready_at, request_id, created_by,
				    updated_at, site_name, site_address, site_lat, site_lon)
				values (:resident, :household, :building, :compound, :committee, :street, :district, :need, :priority,
				    :hospital, :address, :lat, :lon, :wheelchair, :stretcher, :companion, :oxygen, :escort,
				    'REQUESTED', :now, :ready, :request, :by, :now, :site, :siteAddress, :siteLat, :siteLon)
				returning id""")
			.param("resident", t.residentId())
			.param("household", t.householdId())
			.param("building", t.buildingId())
			.param("compound", t.compoundId())
			.param("committee", t.committeeId())
			.param("street", t.streetId())
			.param("district", t.districtId())
			.param("need", t.order().need().name())
			.param("priority", t.order().priority())
			.param("hospital", t.order().hospitalCode())
			.param("address", t.address())
			.param("lat", t.lat())
			.param("lon", t.lon())
			.param("wheelchair", t.order().needs().wheelchair())
			.param("stretcher", t.order().needs().stretcher())
			.param("companion", t.order().needs().companion())
			.param("oxygen", t.order().needs().oxygen())
			.param("escort", t.order().escort())
			.param("now", Timestamp.from(now))
			.param("ready", Timestamp.from(t.order().readyAt()))
			.param("request", t.order().requestId())
			.param("by", t.createdBy())
			.param("site", t.site() == null ? null : t.site().name())
			.param("siteAddress", t.site() == null ? null : t.site().address())
			.param("siteLat", t.site() == null ? null : t.site().lat())
			.param("siteLon", t.site() == null ? null : t.site().lon())
			.query(Long.class)
			.single();
		jdbc.sql("insert into trip_leg (trip_id, direction, ready_at) values (?, 'OUTBOUND', ?), (?, 'RETURN', ?)")
			.params(id, Timestamp.from(t.order().readyAt()), id, Timestamp.from(t.returnReadyAt()))
			.update();
		return id;
	}

	/** Loads a trip for a change, holding its row until the transaction ends. */
	public Optional<Trip> lock(long id, TripAccess access) {
		return jdbc.sql("select id, status, hospital_code, reroute_reason, street_id, district_id from trip t "
				+ "where t.id = ? and " + access.condition("t") + " for update")
			.param(id)
			.query((rs, n) -> new Trip(rs.getLong(1), TripStatus.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getLong(6)))
			.optional();
	}

	public void save(Trip trip, Instant now) {
		jdbc.sql("update trip set status = ?, closed_at = coalesce(?, closed_at), updated_at = ?, version = version + 1 where id = ?")
			.params(trip.status().name(), ts(trip.closedAt()), ts(now), trip.id())
			.update();
		addSteps(trip.id(), trip.newSteps());
	}

	public void reroute(long tripId, String hospitalCode, Instant now) {
		jdbc.sql("update trip set hospital_code = ?, reroute_reason = null, updated_at = ?, version = version + 1 where id = ?")
			.params(hospitalCode, ts(now), tripId)
			.update();
	}

	public void addSteps(long tripId, List<TripStep> steps) {
		for (TripStep s : steps) {
			jdbc.sql("insert into trip_step (trip_id, at, actor, from_status, to_status, action, note) values (?, ?, ?, ?, ?, ?, ?)")
				.params(tripId, ts(s.at()), s.actor(), s.from() == null ? null : s.from().name(),
						s.to() == null ? null : s.to().name(), s.action(), s.note())
				.update();
		}
	}

	public Optional<TripView> view(long id, TripAccess access) {
		return jdbc.sql(VIEW + " where t.id = ? and " + access.condition("t"))
			.param(id)
			.query((rs, n) -> map(rs))
			.optional()
			.map(v -> v.withTimeline(timeline(id)));
	}

	public List<TripView> list(TripStatus status, Long vehicleId, String hospitalCode, TripAccess access, int limit) {
		StringBuilder where = new StringBuilder(" where ").append(access.condition("t"));
		if (status != null) {
			where.append(" and t.status = '").append(status.name()).append("'");
		}
		if (vehicleId != null) {
			where.append(" and (o.vehicle_id = ").append(vehicleId).append(" or b.vehicle_id = ").append(vehicleId).append(")");
		}
		if (hospitalCode != null) {
			where.append(" and t.hospital_code = :hospital");
		}
		var spec = jdbc.sql(VIEW + where + " order by t.ready_at, t.id limit " + limit);
		if (hospitalCode != null) {
			spec = spec.param("hospital", hospitalCode);
		}
		return spec.query((rs, n) -> map(rs)).list();
	}

	/** Several trips by id, without their timelines (a dispatch plan's rows). */
	public List<TripView> byIds(java.util.Collection<Long> ids, TripAccess access) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(VIEW + " where t.id = any(?) and " + access.condition("t"))
			.param(ids.toArray(Long[]::new))
			.query((rs, n) -> map(rs))
			.list();
	}

	/** Open trips whose leg due now has no vehicle: the outbound before the hospital, the return after. */
	public List<TripView> waitingForVehicle(TripAccess access, int limit) {
		return jdbc.sql(VIEW + " where " + access.condition("t") + """
				 and ((t.status = 'REQUESTED' and o.status = 'OPEN')
				   or (t.status in ('AT_HOSPITAL', 'RETURNING') and b.status = 'OPEN'))
				 order by t.priority desc, t.ready_at, t.id limit""" + " " + limit)
			.query((rs, n) -> map(rs))
			.list();
	}

	List<TripStep> timeline(long tripId) {
		return jdbc.sql("select at, actor, from_status, to_status, action, note from trip_step where trip_id = ? order by id")
			.param(tripId)
			.query((rs, n) -> new TripStep(rs.getTimestamp(1).toInstant(), rs.getString(2), status(rs.getString(3)),
					status(rs.getString(4)), rs.getString(5), rs.getString(6)))
			.list();
	}

	private static TripView map(ResultSet rs) throws SQLException {
		PatientNeeds needs = new PatientNeeds(rs.getBoolean("wheelchair"), rs.getBoolean("stretcher"),
				rs.getBoolean("companion"), rs.getBoolean("oxygen"));
		return new TripView(rs.getLong("id"), TripStatus.valueOf(rs.getString("status")),
				Need.valueOf(rs.getString("need")), rs.getInt("priority"), rs.getLong("resident_id"),
				rs.getString("resident_name"), rs.getLong("household_id"), rs.getLong("compound_id"),
				rs.getLong("street_id"), rs.getLong("district_id"), rs.getString("pickup_address"),
				rs.getDouble("pickup_lat"), rs.getDouble("pickup_lon"), rs.getString("hospital_code"),
				rs.getString("hospital_name"), rs.getDouble("hospital_lat"), rs.getDouble("hospital_lon"),
				rs.getString("site_address"), needs, rs.getString("escort"), instant(rs, "requested_at"),
				instant(rs, "ready_at"), rs.getObject("request_id", Long.class), rs.getString("reroute_reason"),
				leg(rs, "o", LegDirection.OUTBOUND), leg(rs, "b", LegDirection.RETURN), instant(rs, "closed_at"),
				rs.getInt("version"), List.of());
	}

	private static LegView leg(ResultSet rs, String p, LegDirection direction) throws SQLException {
		return new LegView(rs.getLong(p + "_id"), direction, LegStatus.valueOf(rs.getString(p + "_status")),
				instant(rs, p + "_ready"),
				rs.getObject(p + "_vehicle", Long.class), rs.getString(p + "_code"), rs.getString(p + "_plate"),
				instant(rs, p + "_start"), instant(rs, p + "_end"), rs.getBoolean(p + "_pinned"));
	}

	private static TripStatus status(String s) {
		return s == null ? null : TripStatus.valueOf(s);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}
}
