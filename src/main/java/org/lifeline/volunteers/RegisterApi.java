package org.lifeline.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.DateInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
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

/** The volunteer register over the JSON API: register, shifts, own tests, and buildings nobody covers today. */
@RestController
@RequestMapping("/api/v1/volunteers")
class RegisterApi {

	static final String KEEPERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF')";

	private final VolunteerRegister register;

	private final CurrentUser user;

	private final Territory territory;

	private final Clock clock;

	RegisterApi(VolunteerRegister register, CurrentUser user, Territory territory, Clock clock) {
		this.register = register;
		this.user = user;
		this.territory = territory;
		this.clock = clock;
	}

	@PostMapping
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> register(@RequestBody NewVolunteer volunteer) {
		return Map.of("id", register.register(volunteer, user.scope(), user.actor()));
	}

	@GetMapping
	@PreAuthorize(KEEPERS)
	List<VolunteerView> list(@RequestParam(required = false) String territory) {
		return register.within(user.within(territory));
	}

	@PostMapping("/{id}/shifts")
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void shift(@PathVariable long id, @RequestBody ShiftForm shift) {
		register.shift(id, DateInput.parse("day", shift.day(), null), time("starts", shift.starts()),
				time("ends", shift.ends()), user.scope());
	}

	@PostMapping("/{id}/tests")
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void test(@PathVariable long id, @RequestBody TestForm test) {
		register.test(id, test.kind(), test.result(), test.takenAt(), user.scope(), user.actor());
	}

	@GetMapping("/uncovered-buildings")
	@PreAuthorize(KEEPERS)
	Map<String, Object> uncovered(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String date) {
		LocalDate day = DateInput.parse("date", date, LocalDate.now(clock));
		TerritoryNode committee = committee(territory);
		List<String> buildings = register.buildingsWithoutVolunteer(committee, day);
		return Map.of("date", day, "committee", committee.code(), "buildings", buildings);
	}

	private TerritoryNode committee(String code) {
		if (code == null || code.isBlank()) {
			Long id = user.require().territoryId();
			if (id == null) {
				throw new InvalidInputException("territory", "territory (a committee code) is required",
						"problem.volunteers.committee");
			}
			return territory.byId(id);
		}
		user.within(code);
		return territory.byCode(code);
	}

	static LocalTime time(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, field + " is required, like 08:00", "problem.volunteers.timeRequired",
					field);
		}
		try {
			return LocalTime.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, field + " must look like 08:00, not '" + text + "'",
					"problem.volunteers.time", field, text);
		}
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "VolunteerShiftForm")
	record ShiftForm(String day, String starts, String ends) {
	}

	record TestForm(String kind, String result, Instant takenAt) {
	}
}
