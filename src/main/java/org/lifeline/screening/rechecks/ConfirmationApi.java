package org.lifeline.screening.rechecks;

import java.util.Map;

import org.lifeline.screening.ResultConfirmations;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Committee, street and district staff confirm a positive tube that a lab corrected to negative. */
@RestController
class ConfirmationApi {

	static final String STAFF = "hasAnyRole('COMMITTEE_STAFF', 'STREET_TASK_FORCE', 'DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')";

	private final ResultConfirmations confirmations;

	private final CurrentScope scope;

	ConfirmationApi(ResultConfirmations confirmations, CurrentScope scope) {
		this.confirmations = confirmations;
		this.scope = scope;
	}

	@PostMapping("/api/v1/screening/tubes/{tubeCode}/confirm")
	@PreAuthorize(STAFF)
	Map<String, Object> confirm(@PathVariable String tubeCode) {
		int cleared = confirmations.confirm(tubeCode, scope.scope(), scope.actor());
		return Map.of("tubeCode", tubeCode, "cleared", cleared);
	}
}
