package org.lifeline.sanitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A kind of task sanitation plans per building and day in a table of its own (disinfection rounds, door pickups):
 * the volunteer's list plans the day of their buildings first (once), then reads it; a task is closed once.
 */
abstract class DayTasks implements VolunteerTaskSource {

	private final String kind;

	private final String table;

	private final TaskRows rows;

	DayTasks(String kind, String table, TaskRows rows) {
		this.kind = kind;
		this.table = table;
		this.rows = rows;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(kind);
	}

	/** Plans the day's tasks of every building in scope, once; answers how many were added. */
	abstract int plan(LocalDate day, TerritoryScope scope);

	/** The day's tasks in the volunteer's buildings, already planned. */
	abstract List<VolunteerTask> read(TaskScope scope, LocalDate date);

	@Override
	@Transactional
	public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
		if (scope.buildingIds().isEmpty()) {
			return List.of();
		}
		plan(date, TerritoryScope.buildings(scope.buildingIds()));
		return read(scope, date);
	}

	@Override
	@Transactional
	public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
		long id = rows.openTask(table, this.kind, ref, scope);
		rows.close(table, this.kind, id, scope, outcome);
		if (outcome.done()) {
			done(id, scope);
		}
	}

	/** What a done task records besides its own row (nothing by default). */
	void done(long id, TaskScope scope) {
	}
}
