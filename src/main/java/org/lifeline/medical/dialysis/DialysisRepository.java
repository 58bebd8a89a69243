package org.lifeline.medical.dialysis;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes standing dialysis schedules; every read is filtered by the caller's scope. */
@Repository
class DialysisRepository {

	private final JdbcClient jdbc;

	DialysisRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> activeScheduleOf(long residentId) {
		return jdbc.sql("select id from dialysis_schedule where resident_id = ? and active")
			.param(residentId)
			.query(Long.class)
			.optional();
	}

	/** Kinds and state of a hospital, if it exists. */
	Optional<Hospital> hospital(String code) {
		return jdbc.sql("select code, kinds, open, dialysis_slots from hospital where code = ?")
			.param(code)
			.query((rs, n) -> new Hospital(rs.getString("code"), Set.of(strings(rs.getArray("kinds"))),
					rs.getBoolean("open"), rs.getObject("dialysis_slots", Integer.class)))
			.optional();
	}

	long insert(long residentId, String hospitalCode, NewSchedule schedule, LocalDate startsOn, Instant now, String actor) {
		return jdbc.sql("""
				insert into dialysis_schedule (resident_id, household_id, building_id, compound_id, committee_id,
				    street_id, district_id, hospital_code, weekdays, slot_time, needs, note, starts_on, created_at,
				    created_by, updated_at, updated_by)
				select r.id, r.household_id, r.building_id, r.compound_id, r.committee_id, r.street_id, r.district_id,
				    :hospital, :weekdays::text[], :slot, :needs::text[], :note, :startsOn, :now, :actor, :now, :actor
				from resident_facts r where r.id = :resident
				returning id""")
			.param("hospital", hospitalCode)
			.param("weekdays", literal(schedule.days().stream().map(Enum::name).toList()))
			.param("slot", Time.valueOf(schedule.slot()))
			.param("needs", literal(schedule.patientNeeds().stream().map(Enum::name).toList()))
			.param("note", schedule.cleanNote())
			.param("startsOn", Date.valueOf(startsOn))
			.param("now", Timestamp.from(now))
			.param("actor", actor)
			.param("resident", residentId)
			.query(Long.class)
			.single();
	}

	/** Ends an active schedule and cancels its sessions from the day on; false when there was none in scope. */
	boolean end(long id, LocalDate from, TerritoryScope scope, Instant now, String actor) {
		int ended = jdbc.sql("update dialysis_schedule s set active = false, ends_on = ?, updated_at = ?, updated_by = ? "
				+ "where s.id = ? and s.active and " + scope.condition("s"))
			.params(Date.valueOf(from.minusDays(1)), Timestamp.from(now), actor, id)
			.update();
		if (ended == 1) {
			jdbc.sql("update dialysis_session set status = 'CANCELLED' where schedule_id = ? and session_date >= ?")
				.params(id, Date.valueOf(from))
				.update();
		}
		return ended == 1;
	}

	List<ScheduleView> schedules(TerritoryScope scope, boolean activeOnly, int limit) {
		return jdbc.sql("""
				select s.*, r.name as resident_name, b.name as building_name, hh.room, h.name as hospital_name
				from dialysis_schedule s join resident_facts r on r.id = s.resident_id join household_place hh on hh.id = s.household_id
				join territory_placement b on b.id = s.building_id join hospital h on h.code = s.hospital_code
				where %s %s order by s.slot_time, s.id limit ?""".formatted(scope.condition("s"),
				activeOnly ? "and s.active" : ""))
			.param(limit)
			.query((rs, n) -> schedule(rs))
			.list();
	}

	Optional<ScheduleView> schedule(long id, TerritoryScope scope) {
		return jdbc.sql("""
				select s.*, r.name as resident_name, b.name as building_name, hh.room, h.name as hospital_name
				from dialysis_schedule s join resident_facts r on r.id = s.resident_id join household_place hh on hh.id = s.household_id
				join territory_placement b on b.id = s.building_id join hospital h on h.code = s.hospital_code
				where s.id = ? and\s""" + scope.condition("s"))
			.param(id)
			.query((rs, n) -> schedule(rs))
			.optional();
	}

	/** The active schedules of the scope that run at some point of the range. */
	List<SessionCalendar.Standing> standing(TerritoryScope scope, LocalDate from, LocalDate to) {
		return jdbc.sql("select id, hospital_code, weekdays, slot_time, starts_on, ends_on from dialysis_schedule s "
				+ "where s.active and s.starts_on <= ? and (s.ends_on is null or s.ends_on >= ?) and " + scope.condition("s"))
			.params(Date.valueOf(to), Date.valueOf(from))
			.query((rs, n) -> new SessionCalendar.Standing(rs.getLong("id"), rs.getString("hospital_code"),
					Arrays.stream(strings(rs.getArray("weekdays"))).map(DayOfWeek::valueOf).collect(Collectors.toSet()),
					rs.getTime("slot_time").toLocalTime(), rs.getDate("starts_on").toLocalDate(),
					rs.getDate("ends_on") == null ? null : rs.getDate("ends_on").toLocalDate()))
			.list();
	}

	Map<String, SessionCalendar.Hospital> hospitals(Set<String> codes) {
		Map<String, SessionCalendar.Hospital> out = new HashMap<>();
		for (String code : codes) {
			hospital(code).ifPresent(h -> out.put(code, new SessionCalendar.Hospital(code, h.open(), h.dialysisSlots())));
		}
		return out;
	}









	private static ScheduleView schedule(ResultSet rs) throws SQLException {
		return new ScheduleView(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("resident_name"),
				rs.getString("building_name"), rs.getString("room"), rs.getString("hospital_code"),
				rs.getString("hospital_name"),
				Arrays.stream(strings(rs.getArray("weekdays"))).map(DayOfWeek::valueOf).sorted().toList(),
				rs.getTime("slot_time").toLocalTime(),
				Arrays.stream(strings(rs.getArray("needs"))).map(PatientNeed::valueOf).toList(), rs.getString("note"),
				rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on") == null ? null : rs.getDate("ends_on").toLocalDate(), rs.getBoolean("active"),
				rs.getString("created_by"));
	}

	static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	static String literal(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	/** A hospital as a schedule needs it. */
	record Hospital(String code, Set<String> kinds, boolean open, Integer dialysisSlots) {
	}

}
