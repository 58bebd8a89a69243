package org.lifeline.care;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.TaskStatus;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care's tasks in the volunteers' list: the check-ins of the residents the volunteer is the contact of (a call;
 * ref: the resident id), and door visits in the volunteer's buildings after two unreachable check-ins (ref: the
 * visit id). A visit done counts as the resident's check-in, reached.
 */
@Component
class CareTasks implements VolunteerTaskSource {

	static final String CHECK_IN = "CHECK_IN";

	static final String DOOR_VISIT = "DOOR_VISIT";

	private final JdbcClient jdbc;

	private final CarePlanner planner;

	private final CheckIns checkIns;

	private final Clock clock;

	CareTasks(JdbcClient jdbc, CarePlanner planner, CheckIns checkIns, Clock clock) {
		this.jdbc = jdbc;
		this.planner = planner;
		this.checkIns = checkIns;
		this.clock = clock;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(CHECK_IN, DOOR_VISIT);
	}

	@Override
	public Set<String> doorKinds() {
		return Set.of(DOOR_VISIT);
	}

	@Override
	@Transactional
	public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
		ZoneId zone = clock.getZone();
		planner.ensurePlanned(date, planner.districtsOf(TerritoryScope.buildings(scope.buildingIds())));
		List<VolunteerTask> tasks = new ArrayList<>(jdbc.sql("""
				select d.resident_id, d.building_id, d.building_code, d.room, d.status, d.name
				from care_day d
				where d.day = :day and d.contact_user_id = :user
				""").param("day", date).param("user", scope.userId()).query((rs, n) -> new VolunteerTask(CHECK_IN,
				rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), date.atStartOfDay(zone).toInstant(),
				checkInStatus(rs.getString(5)), rs.getString(6))).list());
		if (!scope.buildingIds().isEmpty()) {
			tasks.addAll(jdbc.sql("""
					select v.id, v.building_id, v.building_code, v.room, v.status, v.name, v.created_at
					from door_visit v
					where v.building_id = any(:buildings) and (v.status = 'OPEN' and v.day <= :day or v.day = :day)
					""").param("buildings", scope.buildingIds().toArray(Long[]::new)).param("day", date)
				.query((rs, n) -> new VolunteerTask(DOOR_VISIT, rs.getString(1), rs.getLong(2), rs.getString(3),
						rs.getString(4), rs.getTimestamp(7).toInstant(), TaskStatus.valueOf(rs.getString(5)),
						rs.getString(6)))
				.list());
		}
		return tasks;
	}

	private static TaskStatus checkInStatus(String status) {
		return switch (status) {
			case "DONE", "NEEDS_HELP" -> TaskStatus.DONE;
			case "UNREACHABLE" -> TaskStatus.FAILED;
			default -> TaskStatus.OPEN;
		};
	}

	@Override
	@Transactional
	public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
		long id = parseRef(ref);
		if (!outcome.done() && (outcome.reason() == null || outcome.reason().isBlank())) {
			throw new InvalidInputException("reason", "a failed task needs a reason", "problem.care.failedReason");
		}
		if (CHECK_IN.equals(kind)) {
			completeCheckIn(id, scope, outcome);
		}
		else {
			completeVisit(id, scope, outcome);
		}
	}

	private void completeCheckIn(long residentId, TaskScope scope, TaskOutcome outcome) {
		String status = jdbc.sql("select status from care_day where day = :day and resident_id = :r and contact_user_id = :u for update")
			.param("day", LocalDate.now(clock)).param("r", residentId).param("u", scope.userId())
			.query(String.class).optional()
			.orElseThrow(() -> new NotFoundException("check-in", residentId));
		if (status.equals("DONE") || status.equals("NEEDS_HELP")) {
			throw new ConflictException("the check-in of resident " + residentId + " is already done today",
					"problem.care.checkInDone", String.valueOf(residentId));
		}
		checkIns.record(new NewCheckIn(residentId, outcome.done() ? "FINE" : "UNREACHABLE", outcome.reason(), null),
				TerritoryScope.everything(), scope.displayName());
	}

	private void completeVisit(long visitId, TaskScope scope, TaskOutcome outcome) {
		var visit = jdbc.sql("select resident_id, building_id, status from door_visit where id = :id for update")
			.param("id", visitId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) })
			.optional()
			.filter(v -> scope.buildingIds().contains((Long) v[1]))
			.orElseThrow(() -> new NotFoundException("door visit", visitId));
		if (!"OPEN".equals(visit[2])) {
			throw new ConflictException("door visit " + visitId + " is already " + visit[2], "problem.care.visitAlready",
					String.valueOf(visitId), visit[2]);
		}
		jdbc.sql("update door_visit set status = :s, reason = :reason, closed_at = now(), closed_by = :by where id = :id")
			.param("s", outcome.done() ? "DONE" : "FAILED").param("reason", outcome.reason())
			.param("by", scope.displayName()).param("id", visitId).update();
		if (outcome.done()) {
			checkIns.record(new NewCheckIn((Long) visit[0], "FINE", "上门探视 door visit", null), TerritoryScope.everything(),
					scope.displayName());
		}
	}

	private static long parseRef(String ref) {
		try {
			return Long.parseLong(ref);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("task", ref);
		}
	}
}
