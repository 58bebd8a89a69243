package org.lifeline.requests;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 12345 operator's page: the caller's phone number finds their households, members and open requests (open
 * requests first, so nothing is filed twice), then one form files for a member and shows the request number and
 * deadlines to read out. Everything on one page, in keyboard order.
 */
@PageController
class HotlinePages {

	static final String OPERATORS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', "
			+ "'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'HOTLINE_OPERATOR')";

	private final RequestQueries queries;

	private final RequestIntake intake;

	private final ResidentRegistry residents;

	private final CurrentUser user;

	HotlinePages(RequestQueries queries, RequestIntake intake, ResidentRegistry residents, CurrentUser user) {
		this.queries = queries;
		this.intake = intake;
		this.residents = residents;
		this.user = user;
	}

	@GetMapping("/hotline")
	@PreAuthorize(OPERATORS)
	String hotline(@RequestParam(required = false) String phone, Model model) {
		return show(new HotlineForm(phone, null, null, "", false), null, model);
	}

	@PostMapping("/hotline")
	@PreAuthorize(OPERATORS)
	String file(@ModelAttribute HotlineForm hotlineForm, Model model) {
		try {
			RequestView filed = intake.file(hotlineForm.filing().toNewRequest(null),
					RequestApi.channelOf(user.require()), user.scope(), user.actor());
			model.addAttribute("filed", filed);
			return show(new HotlineForm(hotlineForm.phone(), hotlineForm.residentId(), null, "", false), null, model);
		}
		catch (InvalidInputException e) {
			return show(hotlineForm, e.field(), model);
		}
	}

	/**
	 * The request a filing in this category would be linked to (any of the household's requests not yet closed),
	 * shown while the operator picks the category or the member (htmx).
	 */
	@GetMapping("/hotline/duplicate")
	@PreAuthorize(OPERATORS)
	String duplicate(@RequestParam(required = false) Long residentId, @RequestParam(required = false) String category,
			Model model) {
		RequestCategory chosen = RequestCategory.parse(category).orElse(null);
		if (residentId != null && chosen != null) {
			long household = residents.byId(residentId, user.scope()).householdId();
			queries.openForHousehold(household, user.scope())
				.openRequests()
				.stream()
				.filter(r -> r.category() == chosen)
				.findFirst()
				.ifPresent(open -> model.addAttribute("duplicate", open));
		}
		return "requests/hotline :: duplicate";
	}

	private String show(HotlineForm form, String problem, Model model) {
		model.addAttribute("hotlineForm", form);
		model.addAttribute("categories", RequestCategory.values());
		model.addAttribute("problem", problem);
		if (form.phone() == null || form.phone().isBlank()) {
			return "requests/hotline";
		}
		try {
			RequestQueries.CallerRequests caller = queries.openForPhone(form.phone(), user.scope());
			Map<Long, List<ResidentView>> households = byHousehold(caller.residents());
			model.addAttribute("households", households);
			model.addAttribute("openRequests", caller.openRequests());
			model.addAttribute("openCategories",
					caller.openRequests().stream().map(RequestView::category).toList());
			model.addAttribute("chosen", chosen(form.residentId(), caller.residents(), households));
		}
		catch (InvalidInputException e) {
			model.addAttribute("problem", "phone");
		}
		return "requests/hotline";
	}

	/** Every member of the callers' households, household by household. */
	private Map<Long, List<ResidentView>> byHousehold(List<ResidentView> callers) {
		Map<Long, List<ResidentView>> households = new LinkedHashMap<>();
		callers.forEach(r -> households.computeIfAbsent(r.householdId(), h -> residents.members(h, user.scope())));
		return households;
	}

	/** The member the form files for: the one chosen before, else the first caller with that phone. */
	private static Long chosen(Long residentId, List<ResidentView> callers, Map<Long, List<ResidentView>> households) {
		if (residentId != null && households.values().stream().flatMap(List::stream).anyMatch(r -> r.id() == residentId)) {
			return residentId;
		}
		return callers.isEmpty() ? null : callers.get(0).id();
	}
}
