package org.lifeline.requests;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requests over the JSON API: filing from every role, the queue, one request with its timeline, and the work steps. */
@RestController
@RequestMapping("/api/v1/requests")
class RequestApi {

	static final String WORKERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF', 'VOLUNTEER')";

	static final String PEOPLE = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF', 'VOLUNTEER', 'HOTLINE_OPERATOR', 'RESIDENT')";

	/** Who matches a caller the registry did not know to a resident: committees and those above them. */
	static final String MATCHERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', "
			+ "'STREET_TASK_FORCE', 'COMMITTEE_STAFF')";

	private final RequestIntake intake;

	private final RequestWork work;

	private final RequestQueries queries;

	private final CallerMatching matching;

	private final CurrentUser user;

	RequestApi(RequestIntake intake, RequestWork work, RequestQueries queries, CallerMatching matching,
			CurrentUser user) {
		this.intake = intake;
		this.work = work;
		this.queries = queries;
		this.matching = matching;
		this.user = user;
	}

	/** 201 with the new request, or 200 with the household's open request of the same category. */
	@PostMapping
	@PreAuthorize(PEOPLE)
	ResponseEntity<RequestView> file(@RequestBody NewRequest request) {
		RequestView filed = intake.file(request, channelOf(user.require()), user.scope(), user.actor());
		return ResponseEntity.status(filed.isDuplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(filed);
	}

	@GetMapping
	@PreAuthorize(PEOPLE)
	PageResult<RequestView> queue(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String status, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String category, @RequestParam(required = false) String phone,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		RequestCategory parsed = category == null ? null : RequestCategory.parse(category)
			.orElseThrow(() -> RequestCategory.unknown(category));
		RequestFilter filter = new RequestFilter(RequestFilter.statuses(status), overdue, parsed, null, null, null, null);
		if (phone != null) {
			filter = filter.withHouseholds(queries.householdsWithPhone(phone, user.scope()));
		}
		return queries.queue(filter, user.within(territory), PageRequest.of(page, size));
	}

	/** Before filing: who is calling and what they already have open. */
	@GetMapping("/open")
	@PreAuthorize(PEOPLE)
	RequestQueries.CallerRequests open(@RequestParam(required = false) String phone,
			@RequestParam(required = false) Long householdId) {
		if (householdId != null) {
			return queries.openForHousehold(householdId, user.scope());
		}
		if (phone == null) {
			throw new InvalidInputException("phone", "give a phone number or a householdId",
					"problem.requests.phoneOrHousehold");
		}
		return queries.openForPhone(phone, user.scope());
	}

	@GetMapping("/{id}")
	@PreAuthorize(PEOPLE)
	RequestView request(@PathVariable long id) {
		return queries.byId(id, user.scope());
	}

	@GetMapping("/{id}/photo")
	@PreAuthorize(PEOPLE)
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		Photo photo = queries.photo(id, user.scope());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize(WORKERS)
	RequestView acknowledge(@PathVariable long id) {
		return work.acknowledge(id, user.scope(), user.actor());
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(WORKERS)
	RequestView assign(@PathVariable long id, @RequestBody Assignment body) {
		return work.assign(id, body.assignee(), user.scope(), user.require());
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize(WORKERS)
	RequestView resolve(@PathVariable long id, @RequestBody Resolution body) {
		return work.resolve(id, body.note(), user.scope(), user.actor());
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(PEOPLE)
	RequestView close(@PathVariable long id) {
		return work.close(id, user.scope(), user.actor());
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize(PEOPLE)
	RequestView reopen(@PathVariable long id, @RequestBody(required = false) Reopening body) {
		return work.reopen(id, body == null ? null : body.reason(), user.scope(), user.actor());
	}

	/** The request of a caller not in the registry becomes the resident's the committee found (400/409 if not). */
	@PostMapping("/{id}/match")
	@PreAuthorize(MATCHERS)
	RequestView match(@PathVariable long id, @RequestBody CallerMatch body) {
		return matching.match(id, body.residentId(), user.scope(), user.actor());
	}

	static Channel channelOf(LifelineUser caller) {
		Role role = caller.role();
		return switch (role) {
			case RESIDENT -> Channel.RESIDENT;
			case HOTLINE_OPERATOR -> Channel.HOTLINE;
			case COMMITTEE_STAFF, VOLUNTEER, STREET_TASK_FORCE, DISTRICT_COMMAND -> Channel.COMMITTEE;
			default -> Channel.API;
		};
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "RequestAssignment")
	record Assignment(String assignee) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "RequestCallerMatch")
	record CallerMatch(Long residentId) {
	}

	record Resolution(String note) {
	}

	record Reopening(String reason) {
	}
}
