package org.lifeline.screening.coverage;

import java.util.List;
import java.util.Map;

import org.lifeline.screening.RoundCoverage;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A round's coverage and its missing list, for a territory node in the caller's scope (their own by default). */
@RestController
@PreAuthorize(CoverageApi.STAFF)
class CoverageApi {

	static final String STAFF = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF', 'VOLUNTEER')";

	private final RoundCoverage coverage;

	private final CurrentScope scope;

	CoverageApi(RoundCoverage coverage, CurrentScope scope) {
		this.coverage = coverage;
		this.scope = scope;
	}

	@GetMapping("/api/v1/screening/rounds/{id}/coverage")
	RoundCoverage.Coverage coverage(@PathVariable long id, @RequestParam(required = false) String territory) {
		return coverage.coverage(id, scope.within(territory));
	}

	@GetMapping("/api/v1/screening/rounds/{id}/missing")
	PageResult<Map<String, Object>> missing(@PathVariable long id, @RequestParam(required = false) String territory,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return coverage.missing(id, scope.within(territory), PageRequest.of(page, size))
			.map(m -> Map.of("residentId", m.residentId(), "building", m.building(), "room", m.room()));
	}

	@GetMapping("/api/v1/screening/rounds/{id}/buildings")
	List<RoundCoverage.BuildingCoverage> buildings(@PathVariable long id, @RequestParam(required = false) String territory) {
		return coverage.buildings(id, scope.within(territory));
	}
}
