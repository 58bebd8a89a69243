package org.lifeline.isolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facilities and their beds in SQL; the caller's access is a condition in every read. */
@Repository
class FacilityRepository {

	private static final String SELECT = """
			select f.id, f.code, f.name, f.kind, f.district_id, f.hospital_code, f.address, f.lat, f.lon, f.open,
			       f.updated_at, f.updated_by, b.kind as bed_kind, b.capacity, b.occupied, b.held
			from isolation_facility f left join isolation_bed b on b.facility_id = f.id
			""";

	private final JdbcClient jdbc;

	FacilityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Facilities the access sees, optionally of one district (with the city's own when asked for a district). */
	List<Stored> list(FacilityAccess access, Long districtId) {
		String district = districtId == null ? "" : " and (f.district_id = " + districtId + " or f.district_id is null)";
		return read(SELECT + " where " + access.condition("f") + district + " order by f.district_id nulls first, f.code, b.kind",
				Map.of());
	}

	Optional<Stored> byCode(String code, FacilityAccess access) {
		return read(SELECT + " where f.code = :code and " + access.condition("f") + " order by b.kind", Map.of("code", code))
			.stream()
			.findFirst();
	}

	Optional<Stored> byId(long id) {
		return read(SELECT + " where f.id = :id order by b.kind", Map.of("id", id)).stream().findFirst();
	}

	/** Moves beds of a kind: held to occupied on arrival (held -1, occupied +1), occupied freed on discharge. */
	boolean moveBeds(long facilityId, BedKind kind, int held, int occupied) {
		return jdbc.sql("""
				update isolation_bed set held = held + ?, occupied = occupied + ?
				where facility_id = ? and kind = ? and held + ? >= 0 and occupied + ? >= 0
				  and held + ? + occupied + ? <= capacity""")
			.params(held, occupied, facilityId, kind.name(), held, occupied, held, occupied)
			.update() > 0;
	}

	boolean exists(String code) {
		return jdbc.sql("select count(*) from isolation_facility where code = ?").param(code).query(Long.class).single() > 0;
	}

	long insert(String code, String name, FacilityKind kind, Long districtId, String hospitalCode, String address,
			double lat, double lon, String actor, Instant at) {
		return jdbc.sql("""
				insert into isolation_facility (code, name, kind, district_id, hospital_code, address, lat, lon, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(code, name, kind.name(), districtId, hospitalCode, address, lat, lon, actor, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void update(long id, String name, String address, double lat, double lon, boolean open, String actor, Instant at) {
		jdbc.sql("update isolation_facility set name = ?, address = ?, lat = ?, lon = ?, open = ?, updated_by = ?, updated_at = ? where id = ?")
			.params(name, address, lat, lon, open, actor, Timestamp.from(at), id)
			.update();
	}

	/** Sets a capacity; false when the beds of that kind already in use do not fit (nothing changes then). */
	boolean setCapacity(long facilityId, BedKind kind, int capacity) {
		return jdbc.sql("""
				insert into isolation_bed (facility_id, kind, capacity) values (?, ?, ?)
				on conflict (facility_id, kind) do update set capacity = excluded.capacity
				where isolation_bed.occupied + isolation_bed.held <= excluded.capacity""")
			.params(facilityId, kind.name(), capacity)
			.update() > 0;
	}

	private List<Stored> read(String sql, Map<String, ?> params) {
		Map<Long, Stored> byId = new LinkedHashMap<>();
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			Stored f = byId.computeIfAbsent(rs.getLong("id"), id -> stored(rs));
			if (rs.getString("bed_kind") != null) {
				f.beds().add(new Beds(BedKind.valueOf(rs.getString("bed_kind")), rs.getInt("capacity"),
						rs.getInt("occupied"), rs.getInt("held")));
			}
		});
		return List.copyOf(byId.values());
	}

	private static Stored stored(ResultSet rs) {
		try {
			return new Stored(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					FacilityKind.valueOf(rs.getString("kind")), rs.getObject("district_id", Long.class),
					rs.getString("hospital_code"), rs.getString("address"), rs.getDouble("lat"), rs.getDouble("lon"),
					rs.getBoolean("open"), new ArrayList<>(), rs.getTimestamp("updated_at").toInstant(),
					rs.getString("updated_by"));
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A facility row with its beds, before its district is named. */
	record Stored(long id, String code, String name, FacilityKind kind, Long districtId, String hospitalCode,
			String address, double lat, double lon, boolean open, List<Beds> beds, Instant updatedAt, String updatedBy) {

		FacilityView view(String districtCode) {
			return new FacilityView(id, code, name, kind, districtId, districtCode, hospitalCode, address, lat, lon,
					open, List.copyOf(beds), updatedAt, updatedBy);
		}
	}
}
