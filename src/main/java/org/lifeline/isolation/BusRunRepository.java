package org.lifeline.isolation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bus runs and the placements riding them. */
@Repository
class BusRunRepository {

	private final JdbcClient jdbc;

	BusRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The placements of these cases within the scope (others are unknown to the caller). */
	List<Rider> placements(List<Long> caseIds, TerritoryScope scope) {
		return jdbc.sql("select " + Rider.COLUMNS + " from isolation_placement p where p.case_id = any(?) and "
				+ scope.condition("p") + " for update")
			.param(caseIds.toArray(Long[]::new))
			.query(Rider::map)
			.list();
	}

	List<Rider> onRun(long runId) {
		return jdbc.sql("select " + Rider.COLUMNS + " from isolation_placement p where p.run_id = ? order by p.stop_number, p.case_id")
			.param(runId)
			.query(Rider::map)
			.list();
	}

	Optional<Rider> placement(long caseId) {
		return jdbc.sql("select " + Rider.COLUMNS + " from isolation_placement p where p.case_id = ?")
			.param(caseId)
			.query(Rider::map)
			.optional();
	}

	long insert(long facilityId, long districtId, NewBusRun run, String plate, String actor, Instant at) {
		return jdbc.sql("""
				insert into isolation_bus_run (facility_id, district_id, seats, escort_name, vehicle_id, plate, driver_username,
				    status, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?) returning id""")
			.params(facilityId, districtId, run.seats(), run.escortName().trim(), run.vehicleId(), plate,
					run.driver() == null || run.driver().isBlank() ? null : run.driver().trim(), actor, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	void board(long runId, long caseId, int stop) {
		jdbc.sql("update isolation_placement set run_id = ?, stop_number = ?, status = 'ON_RUN' where case_id = ?")
			.params(runId, stop, caseId)
			.update();
	}

	Optional<Run> run(long id) {
		return run(id, "");
	}

	/** The run, locked until commit (for a step that changes it). */
	Optional<Run> lock(long id) {
		return run(id, " for update");
	}

	private Optional<Run> run(long id, String lock) {
		return jdbc.sql("""
				select id, facility_id, district_id, seats, escort_name, plate, driver_username, status, started_at, closed_at
				from isolation_bus_run where id = ?""" + lock)
			.param(id)
			.query((rs, n) -> new Run(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))))
			.optional();
	}

	/** Runs of a driver not yet closed, or of a facility. */
	List<Long> runIds(String driver, Long facilityId) {
		return jdbc.sql(driver != null
				? "select id from isolation_bus_run where driver_username = ? and status <> 'CLOSED' order by created_at"
				: "select id from isolation_bus_run where facility_id = ? and status = 'STARTED' order by started_at")
			.param(driver != null ? driver : facilityId)
			.query(Long.class)
			.list();
	}

	void setStatus(long runId, String status, Instant at) {
		jdbc.sql("update isolation_bus_run set status = ?, started_at = case when ? = 'STARTED' then ? else started_at end,"
				+ " closed_at = case when ? = 'CLOSED' then ? else closed_at end where id = ?")
			.params(status, status, Timestamp.from(at), status, Timestamp.from(at), runId)
			.update();
	}

	void setPlacementStatus(long runId, String status) {
		jdbc.sql("update isolation_placement set status = ? where run_id = ?").params(status, runId).update();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	record Run(long id, long facilityId, long districtId, int seats, String escortName, String plate, String driver,
			String status, Instant startedAt, Instant closedAt) {
	}

	/** A placement as runs and the desk handle it. */
	record Rider(long caseId, long residentId, long householdId, long buildingId, long compoundId, long districtId,
			long facilityId, BedKind bedKind, String status, Long runId, Integer stop) {

		static final String COLUMNS = "p.case_id, p.resident_id, p.household_id, p.building_id, p.compound_id, p.district_id,"
				+ " p.facility_id, p.bed_kind, p.status, p.run_id, p.stop_number";

		static Rider map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
			return new Rider(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
					rs.getLong(7), BedKind.valueOf(rs.getString(8)), rs.getString(9), rs.getObject(10, Long.class),
					rs.getObject(11, Integer.class));
		}
	}
}
