package org.lifeline.cases;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loads and stores cases with their new steps. */
@Repository
class CaseRepository {

	static final String COLUMNS = """
			c.id, c.resident_id, c.household_id, c.building_id, c.compound_id, c.committee_id, c.street_id,
			c.district_id, c.compound_code, c.compound_name, c.district_code, c.type, c.reported_type, c.found_by,
			c.source, c.source_ref, c.status, c.reported_on, c.reported_at, c.reported_by, c.birth_date, c.needs,
			c.converted_on, c.bus_run_ref, c.transfer_started_at, c.facility_code, c.bed_kind, c.admitted_at,
			c.discharged_at, c.discharged_on, c.monitoring_until, c.escalated_at""";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(PositiveCase c) {
		CasePlace p = c.place();
		long id = jdbc.sql("""
				insert into positive_case (resident_id, household_id, building_id, compound_id, committee_id, street_id,
				    district_id, compound_code, compound_name, district_code, type, reported_type, found_by, source,
				    source_ref, status, reported_on, reported_at, reported_by, birth_date, needs)
				values (:resident, :household, :building, :compound, :committee, :street, :district, :compoundCode,
				    :compoundName, :districtCode, :type, :type, :foundBy, :source, :sourceRef, :status, :reportedOn,
				    :reportedAt, :reportedBy, :birthDate, string_to_array(:needs, ','))
				returning id""")
			.param("resident", c.residentId())
			.param("household", p.householdId())
			.param("building", p.buildingId())
			.param("compound", p.compoundId())
			.param("committee", p.committeeId())
			.param("street", p.streetId())
			.param("district", p.districtId())
			.param("compoundCode", p.compoundCode())
			.param("compoundName", p.compoundName())
			.param("districtCode", p.districtCode())
			.param("type", c.type().name())
			.param("foundBy", c.foundBy().name())
			.param("source", c.source().name())
			.param("sourceRef", c.sourceRef())
			.param("status", c.status().name())
			.param("reportedOn", Date.valueOf(c.reportedOn()))
			.param("reportedAt", Timestamp.from(c.reportedAt()))
			.param("reportedBy", c.reportedBy())
			.param("birthDate", Date.valueOf(c.birthDate()))
			.param("needs", String.join(",", c.needs()))
			.query(Long.class)
			.single();
		c.identify(id);
		writeSteps(c);
		return id;
	}

	/** The case, locked until the transaction ends, so two desks cannot move it at once. */
	Optional<PositiveCase> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from positive_case c where c.id = ? for update")
			.param(id)
			.query(CaseRepository::map)
			.optional();
	}

	void save(PositiveCase c) {
		CaseProgress p = c.progress();
		jdbc.sql("""
				update positive_case set type = :type, status = :status, converted_on = :convertedOn,
				    bus_run_ref = :busRun, transfer_started_at = :transferAt, facility_code = :facility,
				    bed_kind = :bed, admitted_at = :admittedAt, discharged_at = :dischargedAt,
				    discharged_on = :dischargedOn, monitoring_until = :monitoringUntil, escalated_at = :escalatedAt
				where id = :id""")
			.param("id", c.id())
			.param("type", c.type().name())
			.param("status", c.status().name())
			.param("convertedOn", date(p.convertedOn))
			.param("busRun", p.busRunRef)
			.param("transferAt", time(p.transferStartedAt))
			.param("facility", p.facilityCode)
			.param("bed", p.bedKind)
			.param("admittedAt", time(p.admittedAt))
			.param("dischargedAt", time(p.dischargedAt))
			.param("dischargedOn", date(p.dischargedOn))
			.param("monitoringUntil", date(p.monitoringUntil))
			.param("escalatedAt", time(p.escalatedAt))
			.update();
		writeSteps(c);
	}

	/**
	 * Holds the person's case lock until the transaction ends, so two reports for one person (a result arriving
	 * twice at once, a double submit) run one after the other and the second sees the first.
	 */
	void lockPerson(long residentId) {
		jdbc.sql("select pg_advisory_xact_lock(75, (? % 2147483647)::int)").param(residentId).query((rs, n) -> 1).list();
	}

	/** The open case of a person, if any: its id and status. */
	Optional<OpenCase> openCaseOf(long residentId) {
		return jdbc.sql("select id, status from positive_case where resident_id = ? and status <> 'DISCHARGED'")
			.param(residentId)
			.query((rs, n) -> new OpenCase(rs.getLong(1), CaseStatus.valueOf(rs.getString(2))))
			.optional();
	}

	boolean sourceReported(CaseSource source, String ref) {
		return jdbc.sql("select exists (select 1 from positive_case where source = ? and source_ref = ?)")
			.params(source.name(), ref)
			.query(Boolean.class)
			.single();
	}

	List<CaseStep> steps(long caseId) {
		return jdbc.sql("select at, actor, status, action, note from case_step where case_id = ? order by at, id")
			.param(caseId)
			.query((rs, n) -> new CaseStep(rs.getTimestamp(1).toInstant(), rs.getString(2),
					CaseStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
			.list();
	}

	private void writeSteps(PositiveCase c) {
		for (CaseStep step : c.takeNewSteps()) {
			jdbc.sql("insert into case_step (case_id, district_id, at, actor, status, action, note) values (?, ?, ?, ?, ?, ?, ?)")
				.params(c.id(), c.place().districtId(), Timestamp.from(step.at()), step.actor(), step.status().name(),
						step.action(), step.note())
				.update();
		}
	}

	static PositiveCase map(ResultSet rs, int n) throws SQLException {
		CasePlace place = new CasePlace(rs.getLong("household_id"), rs.getLong("building_id"), rs.getLong("compound_id"),
				rs.getLong("committee_id"), rs.getLong("street_id"), rs.getLong("district_id"),
				rs.getString("compound_code"), rs.getString("compound_name"), rs.getString("district_code"));
		CaseProgress p = new CaseProgress();
		p.convertedOn = rs.getObject("converted_on", LocalDate.class);
		p.busRunRef = rs.getString("bus_run_ref");
		p.transferStartedAt = instant(rs, "transfer_started_at");
		p.facilityCode = rs.getString("facility_code");
		p.bedKind = rs.getString("bed_kind");
		p.admittedAt = instant(rs, "admitted_at");
		p.dischargedAt = instant(rs, "discharged_at");
		p.dischargedOn = rs.getObject("discharged_on", LocalDate.class);
		p.monitoringUntil = rs.getObject("monitoring_until", LocalDate.class);
		p.escalatedAt = instant(rs, "escalated_at");
		return new PositiveCase(rs.getLong("id"), rs.getLong("resident_id"), place, CaseType.valueOf(rs.getString("type")),
				CaseType.valueOf(rs.getString("reported_type")), FoundBy.valueOf(rs.getString("found_by")),
				CaseSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
				CaseStatus.valueOf(rs.getString("status")), rs.getObject("reported_on", LocalDate.class),
				rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"),
				rs.getObject("birth_date", LocalDate.class), needs(rs.getArray("needs")), p);
	}

	static Set<String> needs(Array array) throws SQLException {
		return array == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Timestamp time(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

	private static Date date(LocalDate day) {
		return day == null ? null : Date.valueOf(day);
	}

	record OpenCase(long id, CaseStatus status) {
	}
}
