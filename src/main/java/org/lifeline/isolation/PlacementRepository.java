package org.lifeline.isolation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.cases.CaseInQueue;
import org.lifeline.isolation.allocation.AllocationPlan;
import org.lifeline.isolation.allocation.BedPool;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placements of cases on beds and the bed counts they move, set-based: one statement per table per allocation. */
@Repository
class PlacementRepository {

	private static final String SELECT_PLACED = """
			select case_id, resident_id, compound_id, facility_id, bed_kind, status, run_id, allocated_at, admitted_at
			from isolation_placement""";

	private final JdbcClient jdbc;

	PlacementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which of these cases already have a placement. */
	Set<Long> placedAmong(List<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("select case_id from isolation_placement where case_id = any(?)")
			.param(caseIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/** The beds of open facilities serving these districts (their own and the city's), locked until commit. */
	List<BedPool> lockOpenBeds(Set<Long> districtIds) {
		return jdbc.sql("""
				select f.id, f.code, f.kind, f.district_id, f.lat, f.lon, b.kind as bed_kind,
				       b.capacity - b.occupied - b.held as free
				from isolation_bed b join isolation_facility f on f.id = b.facility_id
				where f.open and (f.district_id is null or f.district_id = any(?))
				order by f.id, b.kind
				for update of b""")
			.param(districtIds.toArray(Long[]::new))
			.query((rs, n) -> new BedPool(rs.getLong(1), rs.getString(2), FacilityKind.valueOf(rs.getString(3)),
					rs.getObject(4, Long.class), rs.getDouble(5), rs.getDouble(6), BedKind.valueOf(rs.getString(7)),
					rs.getInt(8)))
			.list();
	}

	/** Holds the beds of the plan: the placements in one insert, the bed counts in one update. */
	void hold(List<AllocationPlan.Placed> placed, Map<Long, CaseInQueue> cases, String actor, Instant at) {
		if (placed.isEmpty()) {
			return;
		}
		int n = placed.size();
		Long[][] ids = new Long[8][n];
		String[] kinds = new String[n];
		for (int i = 0; i < n; i++) {
			AllocationPlan.Placed p = placed.get(i);
			CaseInQueue c = cases.get(p.caseId());
			Long[] row = { c.caseId(), c.residentId(), c.householdId(), c.buildingId(), c.compoundId(), c.streetId(),
					c.districtId(), p.facilityId() };
			for (int col = 0; col < row.length; col++) {
				ids[col][i] = row[col];
			}
			kinds[i] = p.bedKind().name();
		}
		jdbc.sql("""
				insert into isolation_placement (case_id, resident_id, household_id, building_id, compound_id, street_id,
				    district_id, facility_id, bed_kind, status, allocated_by, allocated_at)
				select c, r, h, b, p, s, d, f, k, 'HELD', ?, ?
				from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[],
				            ?::bigint[], ?::varchar[]) as x(c, r, h, b, p, s, d, f, k)""")
			.params(actor, Timestamp.from(at), ids[0], ids[1], ids[2], ids[3], ids[4], ids[5], ids[6], ids[7], kinds)
			.update();
		Map<String, Long> perPool = placed.stream()
			.collect(Collectors.groupingBy(p -> p.facilityId() + ":" + p.bedKind().name(), Collectors.counting()));
		Long[] facilities = perPool.keySet().stream().map(k -> Long.valueOf(k.substring(0, k.indexOf(':')))).toArray(Long[]::new);
		String[] bedKinds = perPool.keySet().stream().map(k -> k.substring(k.indexOf(':') + 1)).toArray(String[]::new);
		Long[] counts = perPool.values().toArray(Long[]::new);
		jdbc.sql("""
				update isolation_bed b set held = b.held + x.n
				from unnest(?::bigint[], ?::varchar[], ?::bigint[]) as x(f, k, n)
				where b.facility_id = x.f and b.kind = x.k""")
			.params(facilities, bedKinds, counts)
			.update();
	}

	void admitted(long caseId, String actor, Instant at) {
		jdbc.sql("update isolation_placement set status = 'ADMITTED', admitted_by = ?, admitted_at = ? where case_id = ?")
			.params(actor, Timestamp.from(at), caseId)
			.update();
	}

	/** A case admitted without a bus run (it came by other means). */
	void admittedDirectly(CaseInQueue c, long facilityId, BedKind kind, String actor, Instant at) {
		jdbc.sql("""
				insert into isolation_placement (case_id, resident_id, household_id, building_id, compound_id, street_id,
				    district_id, facility_id, bed_kind, status, allocated_by, allocated_at, admitted_by, admitted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ADMITTED', ?, ?, ?, ?)""")
			.params(c.caseId(), c.residentId(), c.householdId(), c.buildingId(), c.compoundId(), c.streetId(),
					c.districtId(), facilityId, kind.name(), actor, Timestamp.from(at), actor, Timestamp.from(at))
			.update();
	}

	void discharged(long caseId, String actor, Instant at) {
		jdbc.sql("update isolation_placement set status = 'DISCHARGED', discharged_by = ?, discharged_at = ? where case_id = ?")
			.params(actor, Timestamp.from(at), caseId)
			.update();
	}

	/** The cases at a facility in a status (admitted, say), the longest there first. */
	List<Placed> atFacility(long facilityId, String status) {
		return jdbc.sql(SELECT_PLACED + " where facility_id = ? and status = ? order by coalesce(admitted_at, allocated_at), case_id")
			.params(facilityId, status)
			.query(PlacementRepository::placed)
			.list();
	}

	/** The placements of these cases, where they have one. */
	List<Placed> ofCases(List<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT_PLACED + " where case_id = any(?)")
			.param(caseIds.toArray(Long[]::new))
			.query(PlacementRepository::placed)
			.list();
	}

	private static Placed placed(ResultSet rs, int n) throws SQLException {
		Timestamp admitted = rs.getTimestamp(9);
		return new Placed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), BedKind.valueOf(rs.getString(5)),
				rs.getString(6), rs.getObject(7, Long.class), rs.getTimestamp(8).toInstant(),
				admitted == null ? null : admitted.toInstant());
	}

	/** A case's placement: its facility and bed kind, how far it got (held, on a run, in transfer, admitted, discharged). */
	record Placed(long caseId, long residentId, long compoundId, long facilityId, BedKind bedKind, String status,
			Long runId, Instant allocatedAt, Instant admittedAt) {
	}
}
