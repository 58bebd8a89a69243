package org.lifeline.screening.rechecks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committee's and volunteers' recheck work: residents awaiting a recheck (their households stay in), the
 * single-tube home samples due, and positive tubes a lab corrected to negative waiting for confirmation.
 */
@Component
class RecheckQueue {

	private final JdbcClient jdbc;

	RecheckQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Awaiting> awaiting(TerritoryScope scope) {
		return jdbc.sql("""
				select s.resident_id, r.name, r.building_name, r.room, s.status, s.since, t.tube_code
				from resident_screening s join resident_roster r on r.resident_id = s.resident_id
				left join screening_tube t on t.id = s.cause_tube_id
				where s.status in ('AWAITING_RECHECK', 'POSITIVE') and """ + " " + scope.condition("r") + " order by s.status desc, r.building_code, r.room limit 500")
			.query((rs, n) -> new Awaiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)))
			.list();
	}

	List<HomeTask> dueTasks(TerritoryScope scope, LocalDate through) {
		return jdbc.sql("""
				select h.id, h.resident_id, r.name, r.building_name, r.room, h.reason, h.due_on
				from home_sampling_task h join resident_roster r on r.resident_id = h.resident_id
				where h.status = 'OPEN' and h.due_on <= ? and """ + " " + scope.condition("r") + " order by h.due_on, r.building_code, r.room limit 500")
			.param(through)
			.query((rs, n) -> new HomeTask(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class)))
			.list();
	}

	List<Correction> corrections(TerritoryScope scope) {
		return jdbc.sql("""
				select t.tube_code, t.reported_at, count(*) from screening_tube t join screening_sample s on s.tube_id = t.id
				where t.needs_confirmation and """ + " " + scope.condition("s")
				+ " group by t.tube_code, t.reported_at order by t.reported_at")
			.query((rs, n) -> new Correction(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
			.list();
	}

	record Awaiting(long residentId, String name, String building, String room, String status, Instant since,
			String tubeCode) {
	}

	record HomeTask(long id, long residentId, String name, String building, String room, String reason,
			LocalDate dueOn) {
	}

	record Correction(String tubeCode, Instant reportedAt, int residents) {
	}
}
