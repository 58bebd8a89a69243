package org.lifeline.screening.rounds;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.TaskStatus;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Door sampling in the volunteers' list: every single tube to take at a door in the volunteer's buildings — the
 * bed-bound and home-isolated residents of a round, the rechecks of a positive pool, positive self-tests, follow-ups
 * and close contacts (ref: the task id). Open tasks of earlier days stay in the list; those due or closed on the day
 * show how they ended. Done, or failed with the reason (not home, refused at the door); a tube scanned for the resident
 * closes the task as well.
 */
@Component
class HomeSamplingTasks implements VolunteerTaskSource {

	static final String HOME_SAMPLING = "HOME_SAMPLING";

	private static final int MAX_REASON = 200;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	HomeSamplingTasks(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(HOME_SAMPLING);
	}

	@Override
	@Transactional(readOnly = true)
	public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
		if (scope.buildingIds().isEmpty()) {
			return List.of();
		}
		Locale locale = LocaleContextHolder.getLocale();
		return jdbc.sql("""
				select h.id, h.building_id, r.building_code, r.room, r.name, h.reason, h.status, h.due_on, h.failure_reason
				from home_sampling_task h join resident_roster r on r.resident_id = h.resident_id
				where h.building_id = any(:buildings)
				  and (h.status = 'OPEN' and h.due_on <= :day
				       or h.status in ('DONE', 'FAILED') and (h.due_on = :day or h.done_at >= :starts and h.done_at < :ends))
				order by h.due_on, r.building_code, r.room limit 500""")
			.param("buildings", scope.buildingIds().toArray(Long[]::new))
			.param("day", date)
			.param("starts", Timestamp.from(date.atStartOfDay(clock.getZone()).toInstant()))
			.param("ends", Timestamp.from(date.plusDays(1).atStartOfDay(clock.getZone()).toInstant()))
			.query((rs, n) -> new VolunteerTask(HOME_SAMPLING, rs.getString(1), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getObject(8, LocalDate.class).atTime(RoundPlanner.SAMPLING_STARTS)
						.atZone(clock.getZone()).toInstant(),
					TaskStatus.valueOf(rs.getString(7)), rs.getString(5) + " · " + messages.getMessage(
							"screening.home.reason." + rs.getString(6), null, rs.getString(6), locale),
					rs.getString(9)))
			.list();
	}

	@Override
	@Transactional
	public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
		long id = parse(ref);
		if (!outcome.done() && outcome.reason() != null && outcome.reason().length() > MAX_REASON) {
			throw CallRefusals.reasonTooLong(MAX_REASON);
		}
		String status = jdbc.sql("select status from home_sampling_task where id = :id and building_id = any(:b) for update")
			.param("id", id)
			.param("b", scope.buildingIds().toArray(Long[]::new))
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("home sampling task", id));
		if (!status.equals("OPEN")) {
			throw new ConflictException("home sampling task " + id + " is " + status.toLowerCase(Locale.ROOT) + " already",
					"problem.screening.homeTask." + status.toLowerCase(Locale.ROOT), String.valueOf(id));
		}
		jdbc.sql("""
				update home_sampling_task set status = :status, done_at = :at, closed_by = :by, failure_reason = :reason
				where id = :id""")
			.param("status", outcome.done() ? "DONE" : "FAILED")
			.param("at", Timestamp.from(clock.instant()))
			.param("by", scope.displayName())
			.param("reason", outcome.done() ? null : outcome.reason())
			.param("id", id)
			.update();
	}

	private static long parse(String ref) {
		try {
			return Long.parseLong(ref);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("home sampling task", ref);
		}
	}
}
