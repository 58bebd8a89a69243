package org.lifeline.isolation;

import java.util.List;

import org.lifeline.isolation.allocation.AdmissionRule;
import org.lifeline.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Isolation facilities and the admission classes over the JSON API. */
@RestController
class FacilityApi {

	static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', "
			+ "'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'HOSPITAL_DESK')";

	static final String KEEPERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND')";

	static final String CITY = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND')";

	private final Facilities facilities;

	private final AdmissionClasses classes;

	private final IsolationCaller caller;

	FacilityApi(Facilities facilities, AdmissionClasses classes, IsolationCaller caller) {
		this.facilities = facilities;
		this.classes = classes;
		this.caller = caller;
	}

	@GetMapping("/api/v1/facilities")
	@PreAuthorize(READERS)
	PageResult<FacilityView> list(@RequestParam(required = false) String district) {
		List<FacilityView> items = facilities.list(caller.facilities(), district);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/api/v1/facilities/{code}")
	@PreAuthorize(READERS)
	FacilityView facility(@PathVariable String code) {
		return facilities.byCode(code, caller.facilities());
	}

	@PostMapping("/api/v1/facilities")
	@PreAuthorize(KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	FacilityView open(@RequestBody NewFacility body) {
		return facilities.open(body, caller.facilities(), caller.actor());
	}

	@PatchMapping("/api/v1/facilities/{code}")
	@PreAuthorize(KEEPERS)
	FacilityView change(@PathVariable String code, @RequestBody FacilityChange body) {
		return facilities.change(code, body, caller.facilities(), caller.actor());
	}

	@GetMapping("/api/v1/isolation/admission-rules")
	@PreAuthorize(READERS)
	List<AdmissionRule> rules() {
		return classes.rules();
	}

	@PutMapping("/api/v1/isolation/admission-rules/{need}")
	@PreAuthorize(CITY)
	AdmissionRule setRule(@PathVariable String need, @RequestBody RuleForm body) {
		return classes.set(need, body.rank(), body.facilityKinds(), body.bedKind(), caller.actor());
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "AdmissionRuleForm")
	record RuleForm(Integer rank, List<String> facilityKinds, String bedKind) {
	}
}
