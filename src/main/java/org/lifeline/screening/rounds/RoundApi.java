package org.lifeline.screening.rounds;

import org.lifeline.identity.CurrentUser;
import org.lifeline.screening.NewRound;
import org.lifeline.screening.PlannedRound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Planning rounds over the JSON API, for streets, districts and the city. */
@RestController
class RoundApi {

	static final String PLANNERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE')";

	private final RoundPlanner planner;

	private final CurrentUser user;

	RoundApi(RoundPlanner planner, CurrentUser user) {
		this.planner = planner;
		this.user = user;
	}

	@PostMapping("/api/v1/screening/rounds")
	@PreAuthorize(PLANNERS)
	ResponseEntity<PlannedRound> plan(@RequestBody RoundForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(planner.plan(form.toRound(), user.actor(), user.scope()));
	}

	/** The body of a plan, with the date as text so a bad one is answered naming the field. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ScreeningRoundForm")
	record RoundForm(String territoryCode, String date, java.util.List<String> compoundCodes, Integer poolSize) {

		NewRound toRound() {
			java.time.LocalDate day;
			try {
				day = date == null ? null : java.time.LocalDate.parse(date.trim());
			}
			catch (java.time.format.DateTimeParseException e) {
				throw new org.lifeline.shared.InvalidInputException("date", "date must be a day like 2022-04-04, not '" + date + "'");
			}
			return new NewRound(territoryCode, day, compoundCodes, poolSize);
		}
	}
}
