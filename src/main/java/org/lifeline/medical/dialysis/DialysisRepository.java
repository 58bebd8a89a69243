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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes standing dialysis schedules and their sessions; every read is filtered by the caller's scope. */
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
				from resident r where r.id = :resident
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
				from dialysis_schedule s join resident r on r.id = s.resident_id join household hh on hh.id = s.household_id
				join territory_node b on b.id = s.building_id join hospital h on h.code = s.hospital_code
				where %s %s order by s.slot_time, s.id limit ?""".formatted(scope.condition("s"),
				activeOnly ? "and s.active" : ""))
			.param(limit)
			.query((rs, n) -> schedule(rs))
			.list();
	}

	Optional<ScheduleView> schedule(long id, TerritoryScope scope) {
		return jdbc.sql("""
				select s.*, r.name as resident_name, b.name as building_name, hh.room, h.name as hospital_name
				from dialysis_schedule s join resident r on r.id = s.resident_id join household hh on hh.id = s.household_id
				join territory_node b on b.id = s.building_id join hospital h on h.code = s.hospital_code
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

	/** Slots already held per hospital and day in the range (by every schedule, not only the caller's). */
	Map<SessionCalendar.HospitalDay, Integer> taken(Set<String> codes, LocalDate from, LocalDate to) {
		Map<SessionCalendar.HospitalDay, Integer> out = new HashMap<>();
		if (codes.isEmpty()) {
			return out;
		}
		jdbc.sql("""
				select hospital_code, session_date, count(*) as held from dialysis_session
				where hospital_code = any (?::text[]) and session_date between ? and ?
				  and status in ('PLANNED', 'TRIP_REQUESTED')
				group by hospital_code, session_date""")
			.params(literal(List.copyOf(codes)), Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> out.put(new SessionCalendar.HospitalDay(rs.getString(1), rs.getDate(2).toLocalDate()),
					rs.getInt(3)))
			.list();
		return out;
	}

	Set<SessionCalendar.ScheduleDay> existing(Set<Long> schedules, LocalDate from, LocalDate to) {
		Set<SessionCalendar.ScheduleDay> out = new HashSet<>();
		if (schedules.isEmpty()) {
			return out;
		}
		jdbc.sql("select schedule_id, session_date from dialysis_session where schedule_id = any (?::bigint[]) "
				+ "and session_date between ? and ?")
			.params("{" + schedules.stream().map(String::valueOf).collect(Collectors.joining(",")) + "}", Date.valueOf(from),
					Date.valueOf(to))
			.query((rs, n) -> out.add(new SessionCalendar.ScheduleDay(rs.getLong(1), rs.getDate(2).toLocalDate())))
			.list();
		return out;
	}

	/** Writes a session unless its schedule already has one that day; the new id, if written. */
	Optional<Long> insert(SessionCalendar.NewSession session, Instant now, String actor) {
		return jdbc.sql("""
				insert into dialysis_session (schedule_id, session_date, hospital_code, slot_time, compound_id,
				    committee_id, street_id, district_id, status, generated_at, generated_by)
				select s.id, ?, ?, ?, s.compound_id, s.committee_id, s.street_id, s.district_id, ?, ?, ?
				from dialysis_schedule s where s.id = ?
				on conflict (schedule_id, session_date) do nothing
				returning id""")
			.params(Date.valueOf(session.day()), session.hospitalCode(), Time.valueOf(session.slot()),
					session.status().name(), Timestamp.from(now), actor, session.scheduleId())
			.query(Long.class)
			.optional();
	}

	/** Planned sessions of the scope in the range that have no trip yet, with who goes and what they need. */
	List<PlannedSession> withoutTrip(TerritoryScope scope, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select x.id, x.session_date, x.slot_time, x.hospital_code, s.resident_id, s.needs
				from dialysis_session x join dialysis_schedule s on s.id = x.schedule_id
				where x.status = 'PLANNED' and x.trip_id is null and x.session_date between ? and ? and %s
				order by x.session_date, x.slot_time, x.id""".formatted(scope.condition("x")))
			.params(Date.valueOf(from), Date.valueOf(to))
			.query((rs, n) -> new PlannedSession(rs.getLong("id"), rs.getDate("session_date").toLocalDate(),
					rs.getTime("slot_time").toLocalTime(), rs.getString("hospital_code"), rs.getLong("resident_id"),
					Arrays.stream(strings(rs.getArray("needs"))).map(PatientNeed::valueOf).collect(Collectors.toSet())))
			.list();
	}

	/** Trips of a schedule's sessions from the day on. */
	List<Long> tripsFrom(long scheduleId, LocalDate from) {
		return jdbc.sql("select trip_id from dialysis_session where schedule_id = ? and session_date >= ? and trip_id is not null")
			.params(scheduleId, Date.valueOf(from))
			.query(Long.class)
			.list();
	}

	void tripRequested(long sessionId, long tripId) {
		jdbc.sql("update dialysis_session set status = 'TRIP_REQUESTED', trip_id = ? where id = ?")
			.params(tripId, sessionId)
			.update();
	}

	List<SessionView> sessions(TerritoryScope scope, LocalDate from, LocalDate to, SessionStatus status, int limit) {
		return jdbc.sql("""
				select x.id, x.schedule_id, s.resident_id, r.name, x.session_date, x.slot_time, x.hospital_code,
				       h.name as hospital_name, x.status, x.trip_id
				from dialysis_session x join dialysis_schedule s on s.id = x.schedule_id
				join resident r on r.id = s.resident_id join hospital h on h.code = x.hospital_code
				where x.session_date between ? and ? and %s %s
				order by x.session_date, x.slot_time, x.id limit ?""".formatted(scope.condition("x"),
				status == null ? "" : "and x.status = '" + status.name() + "'"))
			.params(Date.valueOf(from), Date.valueOf(to), limit)
			.query((rs, n) -> new SessionView(rs.getLong("id"), rs.getLong("schedule_id"), rs.getLong("resident_id"),
					rs.getString("name"), rs.getDate("session_date").toLocalDate(), rs.getTime("slot_time").toLocalTime(),
					rs.getString("hospital_code"), rs.getString("hospital_name"),
					SessionStatus.valueOf(rs.getString("status")), rs.getObject("trip_id", Long.class)))
			.list();
	}

	/** Holds the generation lock until the transaction ends, so two runs never give one slot twice. */
	void lockGeneration() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('dialysis-sessions'))").query((rs, n) -> 1).list();
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

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private static String literal(List<String> values) {
		return "{" + String.join(",", values) + "}";
	}

	/** A planned session waiting for its trip. */
	record PlannedSession(long id, LocalDate date, java.time.LocalTime slot, String hospitalCode, long residentId,
			Set<PatientNeed> needs) {
	}

	/** A hospital as a schedule needs it. */
	record Hospital(String code, Set<String> kinds, boolean open, Integer dialysisSlots) {
	}

}
