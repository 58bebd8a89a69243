package org.lifeline.isolation;

import java.util.List;

import org.lifeline.identity.Role;
import org.lifeline.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Transfer bus runs and the facility desk over the JSON API. */
@RestController
class BusRunApi {

	static final String RIDERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'DRIVER')";

	static final String DESK = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'HOSPITAL_DESK')";

	private final BusRuns runs;

	private final BusRunReader reader;

	private final FacilityDesk desk;

	private final Facilities facilities;

	private final IsolationCaller caller;

	BusRunApi(BusRuns runs, BusRunReader reader, FacilityDesk desk, Facilities facilities, IsolationCaller caller) {
		this.facilities = facilities;
		this.runs = runs;
		this.reader = reader;
		this.desk = desk;
		this.caller = caller;
	}

	@PostMapping("/api/v1/isolation/bus-runs")
	@PreAuthorize(AllocationApi.DISPATCH)
	@ResponseStatus(HttpStatus.CREATED)
	BusRunView plan(@RequestBody NewBusRun body) {
		return runs.plan(body, caller.facilities(), caller.scope(), caller.actor());
	}

	/** The driver's runs not yet closed. */
	@GetMapping("/api/v1/isolation/bus-runs/mine")
	@PreAuthorize("hasRole('DRIVER')")
	List<BusRunView> mine() {
		return reader.ofDriver(caller.actor());
	}

	@GetMapping("/api/v1/isolation/bus-runs/{id}")
	@PreAuthorize(RIDERS)
	BusRunView run(@PathVariable long id) {
		reader.visible(id, driver(), caller.scope());
		return reader.view(id);
	}

	@PostMapping("/api/v1/isolation/bus-runs/{id}/start")
	@PreAuthorize(RIDERS)
	BusRunView start(@PathVariable long id) {
		return runs.start(id, driver(), caller.scope(), caller.actor());
	}

	@PostMapping("/api/v1/isolation/bus-runs/{id}/arrivals")
	@PreAuthorize(DESK)
	BusRunView arrived(@PathVariable long id, @RequestBody CaseForm body) {
		desk.arrived(id, requireCase(body), caller.facilities(), caller.actor());
		return reader.view(id);
	}

	@PostMapping("/api/v1/facilities/{code}/admissions")
	@PreAuthorize(DESK)
	@ResponseStatus(HttpStatus.CREATED)
	FacilityView admit(@PathVariable String code, @RequestBody CaseForm body) {
		desk.admit(code, requireCase(body), body.bedKind(), caller.facilities(), caller.actor());
		return facilities.byCode(code, FacilityAccess.city());
	}

	@PostMapping("/api/v1/facilities/{code}/discharges")
	@PreAuthorize(DESK)
	FacilityView discharge(@PathVariable String code, @RequestBody CaseForm body) {
		desk.discharge(code, requireCase(body), caller.facilities(), caller.actor());
		return facilities.byCode(code, FacilityAccess.city());
	}

	private String driver() {
		return caller.user().role() == Role.DRIVER ? caller.actor() : null;
	}

	private static long requireCase(CaseForm body) {
		if (body == null || body.caseId() == null) {
			throw new InvalidInputException("caseId", "name the case", "problem.isolation.caseId");
		}
		return body.caseId();
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "BusRunCaseForm")
	record CaseForm(Long caseId, String bedKind) {
	}
}
