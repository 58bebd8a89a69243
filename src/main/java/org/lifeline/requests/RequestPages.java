package org.lifeline.requests;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.Territory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Reading requests on pages: the committee's queue (most urgent first, overdue marked), a resident's own
 * requests, and one request with its timeline and the steps the caller may take next.
 */
@PageController
class RequestPages {

	static final int PAGE_SIZE = 20;

	/** The roles that work on requests (the same as the work steps of the API). */
	static final Set<Role> WORKING_ROLES = EnumSet.of(Role.ADMINISTRATOR, Role.CITY_COMMAND, Role.DISTRICT_COMMAND,
			Role.STREET_TASK_FORCE, Role.COMMITTEE_STAFF, Role.VOLUNTEER);

	/** The roles that match a caller the registry did not know to a resident (as {@link RequestApi#MATCHERS}). */
	static final Set<Role> MATCHING_ROLES = EnumSet.of(Role.ADMINISTRATOR, Role.CITY_COMMAND, Role.DISTRICT_COMMAND,
			Role.STREET_TASK_FORCE, Role.COMMITTEE_STAFF);

	private final RequestQueries queries;

	private final CurrentUser user;

	private final Users users;

	private final Territory territory;

	private final UnmatchedCallers unmatched;

	private final PersonalDataAccess personalData;

	RequestPages(RequestQueries queries, CurrentUser user, Users users, Territory territory,
			UnmatchedCallers unmatched, PersonalDataAccess personalData) {
		this.queries = queries;
		this.user = user;
		this.users = users;
		this.territory = territory;
		this.unmatched = unmatched;
		this.personalData = personalData;
	}

	@GetMapping("/requests")
	@PreAuthorize(RequestApi.WORKERS)
	String queue(@ModelAttribute QueueForm queueForm, Model model) {
		int page = queueForm.currentPage();
		PageResult<RequestView> found = queries.queue(queueForm.filter(), user.within(queueForm.territory()),
				new PageRequest(page, PAGE_SIZE));
		model.addAttribute("found", found);
		List<RequestView> toMatch = page == 0 ? unmatched.toMatch(user.within(queueForm.territory()), PAGE_SIZE)
				: List.of();
		if (!toMatch.isEmpty() && callsResidents(user.require())) {
			personalData.disclosePhones("REQUESTS_TO_MATCH", "#" + toMatch.get(0).id() + " +" + (toMatch.size() - 1),
					toMatch.get(0).districtId(), "call back callers not in the registry to match them");
		}
		model.addAttribute("toMatch", toMatch);
		model.addAttribute("status", queueForm.chosenStatus());
		model.addAttribute("overdue", Boolean.TRUE.equals(queueForm.overdue()));
		model.addAttribute("territory", queueForm.territory() == null ? "" : queueForm.territory());
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("page", page);
		model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return "requests/queue";
	}

	@GetMapping("/requests/mine")
	@PreAuthorize("hasRole('RESIDENT')")
	String mine(Model model) {
		model.addAttribute("requests", queries.newestFirst(RequestFilter.all(), user.scope(), 100));
		return "requests/mine";
	}

	@GetMapping("/requests/{id}")
	@PreAuthorize(RequestApi.PEOPLE)
	String request(@PathVariable long id, Model model) {
		RequestView request = queries.byId(id, user.scope());
		LifelineUser caller = user.require();
		boolean works = WORKING_ROLES.contains(caller.role());
		if (works && callsResidents(caller) && request.contactPhone() != null) {
			personalData.disclosePhones("REQUEST", String.valueOf(id), request.districtId(),
					"call the person about their request");
		}
		model.addAttribute("request", request);
		model.addAttribute("works", works);
		model.addAttribute("matches", request.residentId() == null && MATCHING_ROLES.contains(caller.role()));
		if (works && request.status().isUnresolved()) {
			model.addAttribute("assignees", assignees(request, caller));
		}
		return "requests/request";
	}

	@GetMapping("/requests/{id}/photo")
	@PreAuthorize(RequestApi.PEOPLE)
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		Photo photo = queries.photo(id, user.scope());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType())).body(photo.bytes());
	}

	private static boolean callsResidents(LifelineUser caller) {
		return caller.role().callsResidents();
	}

	/** The caller first, then the staff and volunteers of the request's committee the work may be given to. */
	private List<LifelineUser> assignees(RequestView request, LifelineUser caller) {
		List<LifelineUser> candidates = new ArrayList<>();
		candidates.add(caller);
		if (caller.role() == Role.VOLUNTEER) {
			return candidates;
		}
		users.within(territory.byId(request.committeeId()).scope())
			.stream()
			.filter(u -> RequestWork.WORKERS.contains(u.role()) && u.id() != caller.id())
			.forEach(candidates::add);
		return candidates;
	}
}
