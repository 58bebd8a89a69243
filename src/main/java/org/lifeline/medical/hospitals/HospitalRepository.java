package org.lifeline.medical.hospitals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.HospitalView;
import org.lifeline.medical.NewHospital;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and keeps hospitals current; a hospital belongs to its district for scoping. */
@Repository
public class HospitalRepository {

	private static final String VIEW = """
			select h.*, d.code as district_code, d.name as district_name,
			       (select count(*) from trip t where t.hospital_code = h.code and t.reroute_reason is not null
			          and t.status in ('REQUESTED', 'ASSIGNED', 'EN_ROUTE')) as to_reroute
			from hospital h join territory_placement d on d.id = h.district_id
			""";

	private final JdbcClient jdbc;

	HospitalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<HospitalView> byCode(String code) {
		return jdbc.sql(VIEW + " where h.code = ?").param(code).query((rs, n) -> map(rs)).optional();
	}

	/** Hospitals of the districts a territory scope touches (a street sees its district's hospitals). */
	public List<HospitalView> list(Long districtId) {
		return jdbc.sql(VIEW + (districtId == null ? "" : " where h.district_id = " + districtId) + " order by d.code, h.code")
			.query((rs, n) -> map(rs))
			.list();
	}

	/** Open hospitals of a district with a kind, nearest first to a point. */
	public List<HospitalView> open(long districtId, HospitalKind kind, double lat, double lon) {
		return jdbc.sql(VIEW + """
				 where h.district_id = ? and h.open and ? = any (h.kinds)
				 order by (h.lat - ?) * (h.lat - ?) + (h.lon - ?) * (h.lon - ?), h.code""")
			.params(districtId, kind.name(), lat, lat, lon, lon)
			.query((rs, n) -> map(rs))
			.list();
	}

	/** Adds a hospital; without a code of its own it gets one from its id. Returns the code. */
	public String insert(NewHospital hospital, Set<HospitalKind> kinds, long districtId, String by, Instant at) {
		long id = jdbc.sql("select nextval('hospital_id_seq')").query(Long.class).single();
		String code = hospital.code() == null || hospital.code().isBlank() ? "HOS-" + id : hospital.code().trim();
		jdbc.sql("""
				insert into hospital (id, code, name, district_id, kinds, address, lat, lon, dialysis_slots, obstetric_beds,
				                      updated_at, updated_by)
				values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, code, hospital.name().trim(), districtId,
					"{" + kinds.stream().map(Enum::name).collect(Collectors.joining(",")) + "}",
					hospital.address() == null || hospital.address().isBlank() ? null : hospital.address().trim(),
					hospital.lat(), hospital.lon(), hospital.dialysisSlots(), hospital.obstetricBeds(), Timestamp.from(at), by)
			.update();
		return code;
	}

	public void setOpen(String code, boolean open, String reason, String by, Instant at) {
		jdbc.sql("update hospital set open = ?, closed_reason = ?, updated_at = ?, updated_by = ? where code = ?")
			.params(open, open ? null : reason, Timestamp.from(at), by, code)
			.update();
	}

	public void setCapacity(String code, Integer dialysisSlots, Integer obstetricBeds, String by, Instant at) {
		jdbc.sql("""
				update hospital set dialysis_slots = coalesce(?, dialysis_slots),
				    obstetric_beds = coalesce(?, obstetric_beds), updated_at = ?, updated_by = ? where code = ?""")
			.params(dialysisSlots, obstetricBeds, Timestamp.from(at), by, code)
			.update();
	}

	/** Flags the trips to this hospital that have not picked up their patient yet; returns their ids. */
	public List<Long> flagPendingTrips(String code, String reason, Instant at) {
		return jdbc.sql("""
				update trip set reroute_reason = ?, updated_at = ?, version = version + 1
				where hospital_code = ? and status in ('REQUESTED', 'ASSIGNED', 'EN_ROUTE') returning id""")
			.params(reason, Timestamp.from(at), code)
			.query(Long.class)
			.list();
	}

	/** A hospital open again: trips waiting only because it closed may go ahead. */
	public void clearFlags(String code, Instant at) {
		jdbc.sql("""
				update trip set reroute_reason = null, updated_at = ?, version = version + 1
				where hospital_code = ? and reroute_reason is not null and status in ('REQUESTED', 'ASSIGNED', 'EN_ROUTE')""")
			.params(Timestamp.from(at), code)
			.update();
	}

	static HospitalView map(ResultSet rs) throws SQLException {
		Array kinds = rs.getArray("kinds");
		List<HospitalKind> parsed = Arrays.stream((String[]) kinds.getArray())
			.map(k -> HospitalKind.parse(k).orElse(null))
			.filter(k -> k != null)
			.toList();
		Timestamp updated = rs.getTimestamp("updated_at");
		return new HospitalView(rs.getString("code"), rs.getString("name"), parsed, rs.getBoolean("open"), rs.getLong("district_id"),
				rs.getString("district_code"), rs.getString("district_name"), rs.getString("address"),
				rs.getDouble("lat"), rs.getDouble("lon"), rs.getObject("dialysis_slots", Integer.class),
				rs.getObject("obstetric_beds", Integer.class), rs.getString("closed_reason"),
				updated == null ? null : updated.toInstant(), rs.getString("updated_by"), rs.getInt("to_reroute"));
	}

}
