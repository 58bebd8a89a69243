package org.lifeline.screening.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
 * The day's sampling calls in the volunteers' list (don't move until called): one task per building of the
 * volunteer in its slot (ref: the call id), done once the building is called, or failed with the reason (nobody
 * answers, the building refuses), which the committee sees on its call page.
 */
@Component
class SamplingCallTasks implements VolunteerTaskSource {

	static final String SAMPLING_CALL = "SAMPLING_CALL";

	private final CallSchedule calls;

	private final JdbcClient jdbc;

	SamplingCallTasks(CallSchedule calls, JdbcClient jdbc) {
		this.calls = calls;
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(SAMPLING_CALL);
	}

	@Override
	public Set<String> doorKinds() {
		return Set.of();
	}

	@Override
	@Transactional(readOnly = true)
	public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
		if (scope.buildingIds().isEmpty()) {
			return List.of();
		}
		return calls.on(date, TerritoryScope.buildings(scope.buildingIds()))
			.stream()
			.map(c -> new VolunteerTask(SAMPLING_CALL, String.valueOf(c.id()), c.building().id(), c.building().code(),
					null, c.slotStart(), status(c), "→ " + c.point(), c.failureReason()))
			.toList();
	}

	private static TaskStatus status(CallSchedule.Call call) {
		return call.calledAt() != null ? TaskStatus.DONE : call.failedAt() != null ? TaskStatus.FAILED : TaskStatus.OPEN;
	}

	@Override
	@Transactional
	public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
		long id;
		try {
			id = Long.parseLong(ref);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("sampling call", ref);
		}
		TerritoryScope buildings = TerritoryScope.buildings(scope.buildingIds());
		if (!outcome.done()) {
			calls.markFailed(id, scope.displayName(), outcome.reason(), buildings);
			return;
		}
		String state = jdbc.sql("select case when called_at is not null then 'was made' when failed_at is not null "
				+ "then 'failed' else 'open' end from sampling_call where id = :id and building_id = any(:b) for update")
			.param("id", id)
			.param("b", scope.buildingIds().toArray(Long[]::new))
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("sampling call", id));
		if (!state.equals("open")) {
			throw CallRefusals.already(id, state);
		}
		calls.markCalled(id, scope.displayName(), buildings);
	}
}
