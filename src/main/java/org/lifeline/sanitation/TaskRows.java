package org.lifeline.sanitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.TaskStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the day's task tables of sanitation share (disinfection_task, garbage_pickup): reading a task by its
 * reference within the volunteer's buildings, and closing it once, done or failed with a reason.
 */
@Component
class TaskRows {

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	TaskRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The id a task reference names; an unreadable reference is reported like an unknown one. */
	static long id(String kind, String ref) {
		try {
			return Long.parseLong(ref == null ? "" : ref.trim());
		}
		catch (NumberFormatException e) {
			throw new NotFoundException(kind.toLowerCase().replace('_', ' ') + " task", ref);
		}
	}

	/** The task's building, when it lies in the volunteer's buildings and is still open. */
	long openTask(String table, String kind, String ref, TaskScope scope) {
		long id = id(kind, ref);
		Optional<Row> row = jdbc.sql("select building_id, status from " + table + " where id = ?")
			.param(id)
			.query((rs, n) -> new Row(rs.getLong(1), TaskStatus.valueOf(rs.getString(2))))
			.optional()
			.filter(r -> scope.buildingIds().contains(r.buildingId()));
		Row found = row.orElseThrow(() -> new NotFoundException(kind.toLowerCase().replace('_', ' ') + " task", ref));
		if (found.status() != TaskStatus.OPEN) {
			throw new ConflictException(kind + " task " + ref + " is already " + found.status(),
					"problem.sanitation.taskAlready", kind, ref, found.status());
		}
		return id;
	}

	/** Closes an open task as the outcome says; a second close of the same task is a conflict. */
	void close(String table, String kind, long id, TaskScope scope, TaskOutcome outcome) {
		String reason = reason(outcome);
		int closed = jdbc.sql("update " + table
				+ " set status = ?, closed_at = ?, closed_by = ?, reason = ? where id = ? and status = 'OPEN'")
			.params(outcome.done() ? "DONE" : "FAILED", Timestamp.from(clock.instant()), scope.displayName(), reason, id)
			.update();
		if (closed == 0) {
			throw new ConflictException(kind + " task " + id + " is already closed", "problem.sanitation.taskClosed", kind,
					String.valueOf(id));
		}
	}

	/** The reason of an outcome: required for a failure, at most {@value #MAX_REASON} characters. */
	static String reason(TaskOutcome outcome) {
		if (outcome == null) {
			throw new InvalidInputException("done", "say whether the task was done", "problem.sanitation.taskDone");
		}
		String reason = outcome.reason() == null || outcome.reason().isBlank() ? null : outcome.reason().strip();
		if (!outcome.done() && reason == null) {
			throw new InvalidInputException("reason", "say why the task could not be done",
					"problem.sanitation.taskReason");
		}
		if (reason != null && reason.length() > MAX_REASON) {
			throw TextLimits.atMost("reason", MAX_REASON);
		}
		return reason;
	}

	/** The buildings of a scope as a list for an {@code in (:buildings)} parameter. */
	static List<Long> buildings(TaskScope scope) {
		return List.copyOf(scope.buildingIds());
	}

	static TaskStatus status(ResultSet rs, String column) throws SQLException {
		return TaskStatus.valueOf(rs.getString(column));
	}

	private record Row(long buildingId, TaskStatus status) {
	}
}
