package org.lifeline.exams;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads exam plans and their days; reads are filtered by the caller's scope. */
@Repository
class ExamPlanRepository {

	/** A stored plan with where the student lives. */
	record Stored(long residentId, Long requestId, ExamPlan plan) {
	}

	private final JdbcClient jdbc;

	ExamPlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the plan, keeping the trips of days that stay; days left out of the plan and without a trip go. */
	void save(long residentId, long householdId, TerritoryNode building, ExamPlan plan, Long requestId, String by,
			Instant now) {
		jdbc.sql("""
				insert into exam_plan (resident_id, household_id, building_id, compound_id, committee_id, street_id,
				    district_id, quiet_place, teacher_name, teacher_phone, request_id, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (resident_id) do update set quiet_place = excluded.quiet_place,
				    teacher_name = excluded.teacher_name, teacher_phone = excluded.teacher_phone,
				    request_id = coalesce(exam_plan.request_id, excluded.request_id),
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(residentId, householdId, building.id(), building.compoundId(), building.committeeId(),
					building.streetId(), building.districtId(), plan.quietPlace(), plan.teacherName(),
					plan.teacherPhone(), requestId, by, Timestamp.from(now))
			.update();
		Date[] kept = plan.days().stream().map(d -> Date.valueOf(d.date())).toArray(Date[]::new);
		jdbc.sql("delete from exam_day where resident_id = ? and trip_id is null and not (exam_date = any(?))")
			.params(residentId, kept)
			.update();
		for (ExamPlan.ExamDay d : plan.days()) {
			jdbc.sql("""
					insert into exam_day (resident_id, exam_date, site_name, site_address, leave_at, return_at)
					values (?, ?, ?, ?, ?, ?)
					on conflict (resident_id, exam_date) do update set site_name = excluded.site_name,
					    site_address = excluded.site_address, leave_at = excluded.leave_at,
					    return_at = excluded.return_at where exam_day.trip_id is null""")
				.params(residentId, Date.valueOf(d.date()), d.siteName(), d.siteAddress(), Time.valueOf(d.leaveAt()),
						Time.valueOf(d.returnAt()))
				.update();
		}
	}

	Optional<Stored> find(long residentId, TerritoryScope scope) {
		return jdbc.sql("select * from exam_plan p where p.resident_id = ? and " + scope.condition("p"))
			.param(residentId)
			.query((rs, n) -> new Stored(rs.getLong("resident_id"), rs.getObject("request_id", Long.class),
					new ExamPlan(rs.getString("quiet_place"), rs.getString("teacher_name"),
							rs.getString("teacher_phone"), days(residentId))))
			.optional();
	}

	/** The plans in scope, by resident id; their days in date order. */
	Map<Long, Stored> within(TerritoryScope scope, int limit) {
		Map<Long, Stored> plans = new java.util.LinkedHashMap<>();
		jdbc.sql("select * from exam_plan p where " + scope.condition("p") + " order by p.resident_id limit " + limit)
			.query((rs, n) -> new Stored(rs.getLong("resident_id"), rs.getObject("request_id", Long.class),
					new ExamPlan(rs.getString("quiet_place"), rs.getString("teacher_name"),
							rs.getString("teacher_phone"), List.of())))
			.list()
			.forEach(s -> plans.put(s.residentId(), new Stored(s.residentId(), s.requestId(),
					new ExamPlan(s.plan().quietPlace(), s.plan().teacherName(), s.plan().teacherPhone(),
							days(s.residentId())))));
		return plans;
	}

	/** Marks the day's trip, only while it has none: false when a trip was ordered already. */
	boolean tripOrdered(long residentId, LocalDate date, long tripId) {
		return jdbc.sql("update exam_day set trip_id = ? where resident_id = ? and exam_date = ? and trip_id is null")
			.params(tripId, residentId, Date.valueOf(date))
			.update() == 1;
	}

	private List<ExamPlan.ExamDay> days(long residentId) {
		return jdbc.sql("select * from exam_day where resident_id = ? order by exam_date")
			.param(residentId)
			.query((rs, n) -> new ExamPlan.ExamDay(rs.getDate("exam_date").toLocalDate(), rs.getString("site_name"),
					rs.getString("site_address"), rs.getTime("leave_at").toLocalTime(),
					rs.getTime("return_at").toLocalTime(), rs.getObject("trip_id", Long.class)))
			.list();
	}
}
