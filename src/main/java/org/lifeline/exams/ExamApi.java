package org.lifeline.exams;

import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.medical.TripView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Exam students over the JSON API: the committee's list, one plan, making or changing it, ordering the trip. */
@RestController
@RequestMapping("/api/v1/exams")
class ExamApi {

	static final String COMMITTEE = "hasAnyRole('ADMINISTRATOR', 'COMMITTEE_STAFF')";

	private final ExamPlans plans;

	private final CurrentUser user;

	ExamApi(ExamPlans plans, CurrentUser user) {
		this.plans = plans;
		this.user = user;
	}

	@GetMapping("/students")
	@PreAuthorize(COMMITTEE)
	List<ExamStudent> students() {
		return plans.list(user.scope());
	}

	@GetMapping("/plans/{residentId}")
	@PreAuthorize(COMMITTEE)
	ExamStudent plan(@PathVariable long residentId) {
		return plans.one(residentId, user.scope());
	}

	@PutMapping("/plans/{residentId}")
	@PreAuthorize(COMMITTEE)
	ExamStudent save(@PathVariable long residentId, @RequestBody ExamPlanForm form) {
		return plans.save(residentId, form, user.scope(), user.actor());
	}

	@PostMapping("/plans/{residentId}/days/{date}/trip")
	@PreAuthorize(COMMITTEE)
	@ResponseStatus(HttpStatus.CREATED)
	TripView orderTrip(@PathVariable long residentId, @PathVariable String date) {
		return plans.orderTrip(residentId, date, user.scope(), user.actor());
	}
}
