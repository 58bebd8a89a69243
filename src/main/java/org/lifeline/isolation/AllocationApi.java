package org.lifeline.isolation;

import java.util.List;

import org.lifeline.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Allocation of the day's queue to beds over the JSON API. */
@RestController
class AllocationApi {

	static final String DISPATCH = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE')";

	private final Allocations allocations;

	private final Reasons reasons;

	private final IsolationCaller caller;

	AllocationApi(Allocations allocations, Reasons reasons, IsolationCaller caller) {
		this.allocations = allocations;
		this.reasons = reasons;
		this.caller = caller;
	}

	@PostMapping("/api/v1/isolation/allocate")
	@PreAuthorize(DISPATCH)
	AllocationAnswer allocate(@RequestBody AllocateForm body) {
		if (body == null || body.territoryCode() == null || body.territoryCode().isBlank()) {
			throw new InvalidInputException("territoryCode", "name the territory whose queue to allocate",
					"problem.isolation.territory");
		}
		Allocated done = allocations.allocate(caller.within(body.territoryCode().trim()), caller.actor());
		return new AllocationAnswer(done.allocated(), done.placements(),
				done.left().stream().map(l -> new LeftCase(l.caseId(), reasons.say(l), l.reasonKey())).toList());
	}

	record AllocateForm(String territoryCode) {
	}

	record AllocationAnswer(int allocated, List<Allocated.Placement> placements, List<LeftCase> left) {
	}

	record LeftCase(long caseId, String reason, String reasonKey) {
	}
}
