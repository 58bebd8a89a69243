package org.lifeline.medical.dispatch;

import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dispatch for the street and district task forces: plan the open trips, look at a plan, apply it. */
@RestController
@RequestMapping("/api/v1/dispatch")
class DispatchApi {

	static final String DISPATCHERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE')";

	private final Dispatching dispatching;

	private final CurrentUser user;

	DispatchApi(Dispatching dispatching, CurrentUser user) {
		this.dispatching = dispatching;
		this.user = user;
	}

	@PostMapping("/plan")
	@PreAuthorize(DISPATCHERS)
	@ResponseStatus(HttpStatus.CREATED)
	ProposalView plan(@RequestBody(required = false) PlanForm form) {
		List<Dispatching.Pin> pins = form == null || form.pins() == null ? List.of()
				: form.pins().stream().map(DispatchApi::pin).toList();
		return dispatching.plan(user.scope(), user.actor(), pins);
	}

	@GetMapping("/plan/{id}")
	@PreAuthorize(DISPATCHERS)
	ProposalView proposal(@PathVariable long id) {
		return dispatching.proposal(id, user.scope());
	}

	@PostMapping("/plan/{id}/apply")
	@PreAuthorize(DISPATCHERS)
	ProposalView apply(@PathVariable long id) {
		return dispatching.apply(id, user.scope(), user.actor());
	}

	private static Dispatching.Pin pin(PinForm pin) {
		if (pin == null || pin.tripId() == null || pin.vehicleId() == null) {
			throw new InvalidInputException("pins", "every pin needs a tripId and a vehicleId", "problem.medical.pin");
		}
		return new Dispatching.Pin(pin.tripId(), pin.vehicleId());
	}

	/** Optional: trips the dispatcher keeps on a chosen vehicle. */
	record PlanForm(List<PinForm> pins) {
	}

	record PinForm(Long tripId, Long vehicleId) {
	}
}
