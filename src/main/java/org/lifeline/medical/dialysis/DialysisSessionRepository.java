package org.lifeline.medical.dialysis;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
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

/**
 * Reads and writes generated dialysis sessions: the slots already held per hospital and day, the days that have a
 * session, the planned sessions waiting for a trip; every list is filtered by the caller's scope.
 */
@Repository
class DialysisSessionRepository {

	private final JdbcClient jdbc;

	DialysisSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
			.params(DialysisRepository.literal(List.copyOf(codes)), Date.valueOf(from), Date.valueOf(to))
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
					Arrays.stream(DialysisRepository.strings(rs.getArray("needs"))).map(PatientNeed::valueOf).collect(Collectors.toSet())))
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
				join resident_facts r on r.id = s.resident_id join hospital h on h.code = x.hospital_code
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

	/** A planned session waiting for its trip. */
	record PlannedSession(long id, LocalDate date, java.time.LocalTime slot, String hospitalCode, long residentId,
			Set<PatientNeed> needs) {
	}
}
