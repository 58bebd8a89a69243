package org.lifeline.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.lifeline.identity.LifelineUser;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A volunteer's one task list for a day: every source's tasks in the volunteer's buildings and those given to
 * them by name, in one shape, by due time, building and room. A volunteer whose own test is stale gets no door
 * task; calls to households are staggered ({@link CallStagger}).
 */
@Service
public class TaskList {

	private final Map<String, VolunteerTaskSource> byKind = new HashMap<>();

	private final List<VolunteerTaskSource> sources;

	private final VolunteerRepository volunteers;

	private final VolunteerRegister register;

	private final Clock clock;

	TaskList(List<VolunteerTaskSource> sources, VolunteerRepository volunteers, VolunteerRegister register, Clock clock) {
		this.sources = List.copyOf(sources);
		this.volunteers = volunteers;
		this.register = register;
		this.clock = clock;
		for (VolunteerTaskSource source : sources) {
			for (String kind : source.kinds()) {
				if (byKind.putIfAbsent(kind, source) != null) {
					throw new IllegalStateException("two task sources answer for " + kind);
				}
			}
		}
	}

	/** The day's list of the volunteer, and whether their test lets them to a door today (one transaction). */
	@Transactional
	public DayList of(LifelineUser volunteer, LocalDate day) {
		Optional<Long> registered = volunteers.idOfUser(volunteer.id());
		TaskScope scope = scopeOf(volunteer, registered);
		boolean testValid = registered.map(id -> register.testValid(id, clock.instant())).orElse(false);
		List<VolunteerTask> tasks = new ArrayList<>();
		List<VolunteerTask> calls = new ArrayList<>();
		for (VolunteerTaskSource source : sources) {
			Set<String> door = source.doorKinds();
			Set<String> call = source.callKinds();
			for (VolunteerTask task : source.tasks(scope, day)) {
				if (!testValid && door.contains(task.kind())) {
					continue;
				}
				(call.contains(task.kind()) && task.status() == TaskStatus.OPEN ? calls : tasks).add(task);
			}
		}
		tasks.addAll(CallStagger.DEFAULT.stagger(calls));
		tasks.sort(Comparator.comparing(VolunteerTask::due)
			.thenComparing(VolunteerTask::buildingCode, Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(t -> t.room() == null ? "" : t.room()));
		return new DayList(day, testValid, tasks);
	}

	/** Records a task of the list done or failed. */
	@Transactional
	public void complete(LifelineUser volunteer, String kind, String ref, Boolean done, String reason) {
		VolunteerTaskSource source = byKind.get(kind == null ? "" : kind.toUpperCase());
		if (source == null) {
			throw new NotFoundException("task kind", kind);
		}
		if (done == null) {
			throw new InvalidInputException("done", "done is required: true, or false with a reason",
					"problem.volunteers.done");
		}
		if (!done && (reason == null || reason.isBlank())) {
			throw new InvalidInputException("reason", "a failed task needs a reason", "problem.volunteers.failedReason");
		}
		String wanted = kind.toUpperCase();
		if (source.doorKinds().contains(wanted) && !testValid(volunteer)) {
			throw new ConflictException("your own test is stale: door tasks wait until a valid test is recorded",
					"problem.volunteers.staleTest");
		}
		TaskOutcome outcome = new TaskOutcome(done, reason == null ? null : reason.trim());
		source.complete(wanted, ref, scopeOf(volunteer, volunteers.idOfUser(volunteer.id())), outcome);
	}

	/** The volunteer's account with the buildings of their account and of the register. */
	private TaskScope scopeOf(LifelineUser volunteer, Optional<Long> registered) {
		Set<Long> buildings = new TreeSet<>(volunteer.buildingIds());
		registered.ifPresent(id -> buildings.addAll(volunteers.buildingsOf(id)));
		return new TaskScope(volunteer.id(), volunteer.displayName(), buildings);
	}

	private boolean testValid(LifelineUser volunteer) {
		return volunteers.idOfUser(volunteer.id()).map(id -> register.testValid(id, clock.instant())).orElse(false);
	}

	/** A day's tasks of one volunteer. */
	public record DayList(LocalDate day, boolean testValid, List<VolunteerTask> items) {
	}
}
