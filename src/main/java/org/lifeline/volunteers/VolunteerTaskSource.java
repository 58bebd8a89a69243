package org.lifeline.volunteers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A module's tasks for the volunteers' one task list: door deliveries, medicine drop-offs, check-ins, sampling
 * calls, disinfection rounds, pickups. Each source answers for its own kinds and keeps its own state; the task list
 * asks every source and shows their tasks in one shape.
 */
public interface VolunteerTaskSource {

	/** The task kinds this source answers for, e.g. {@code DISINFECTION}; upper case, unique across sources. */
	Set<String> kinds();

	/**
	 * The kinds that take the volunteer to a resident's door (deliveries, home sampling, visits): none of them is
	 * given to a volunteer whose own test is stale. All of this source's kinds unless it says otherwise.
	 */
	default Set<String> doorKinds() {
		return kinds();
	}

	/**
	 * The kinds that call households down to a point (sampling calls, pickups at the gate): the task list staggers
	 * them so that no volunteer calls more than a set number of households in a few minutes. None unless said.
	 */
	default Set<String> callKinds() {
		return Set.of();
	}

	/** The day's tasks in the volunteer's buildings, and those given to the volunteer by name. */
	List<VolunteerTask> tasks(TaskScope scope, LocalDate date);

	/**
	 * Records a task done or failed. Throws {@code NotFoundException} for an unknown reference or one outside the
	 * scope, {@code ConflictException} for a task already closed, {@code InvalidInputException} for a failure
	 * without a reason.
	 */
	void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome);
}
