package org.lifeline.medical.dialysis;

import java.time.LocalDate;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.EnumInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Standing dialysis schedules and their generated sessions over the JSON API. */
@RestController
@RequestMapping("/api/v1/dialysis")
class DialysisApi {

	static final String KEEPERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF')";

	private final DialysisSchedules schedules;

	private final CurrentUser user;

	DialysisApi(DialysisSchedules schedules, CurrentUser user) {
		this.schedules = schedules;
		this.user = user;
	}

	@GetMapping("/schedules")
	@PreAuthorize(KEEPERS)
	List<ScheduleView> schedules(@RequestParam(required = false) String territory,
			@RequestParam(required = false) Boolean all) {
		return schedules.list(user.within(territory), !Boolean.TRUE.equals(all));
	}

	@PostMapping("/schedules")
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	ScheduleView create(@RequestBody NewSchedule schedule) {
		return schedules.create(schedule, user.scope(), user.actor());
	}

	@PostMapping("/schedules/{id}/end")
	@PreAuthorize(KEEPERS)
	ScheduleView end(@PathVariable long id) {
		return schedules.end(id, user.scope(), user.actor());
	}

	/** Generates the sessions of the coming days; generating twice adds nothing. */
	@PostMapping("/sessions/generate")
	@PreAuthorize(KEEPERS)
	GenerationOutcome generate(@RequestBody(required = false) Generate body,
			@RequestParam(required = false) String territory) {
		return schedules.generate(body == null ? null : body.days(), user.within(territory), user.actor());
	}

	@GetMapping("/sessions")
	@PreAuthorize(KEEPERS)
	List<SessionView> sessions(@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to, @RequestParam(required = false) String status,
			@RequestParam(required = false) String territory) {
		SessionStatus parsed = EnumInput.parse(SessionStatus.class, "status", status);
		return schedules.sessions(user.within(territory), from, to, parsed);
	}

	record Generate(Integer days) {
	}
}
