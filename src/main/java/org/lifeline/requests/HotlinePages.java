package org.lifeline.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.identity.CurrentUser;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 12345 operator's page: the caller's phone number finds their households, members and open requests (open
 * requests first, so nothing is filed twice), then one form files for a member and shows the request number and
 * deadlines to read out; a medical need is routed there and then (mode, destination, the line to read out). A
 * caller the registry does not know is filed for with the name, phone and address they give, in the compound the
 * operator finds for it, and its committee matches them later. Everything on one page, in keyboard order.
 */
@PageController
class HotlinePages {

	static final String OPERATORS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', "
			+ "'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'HOTLINE_OPERATOR')";

	private final RequestQueries queries;

	private final RequestIntake intake;

	private final ResidentRegistry residents;

	private final UnmatchedCallers unmatched;

	private final Territory territory;

	private final Optional<MedicalHotline> medical;

	private final CurrentUser user;

	HotlinePages(RequestQueries queries, RequestIntake intake, ResidentRegistry residents, UnmatchedCallers unmatched,
			Territory territory, Optional<MedicalHotline> medical, CurrentUser user) {
		this.queries = queries;
		this.intake = intake;
		this.residents = residents;
		this.unmatched = unmatched;
		this.territory = territory;
		this.medical = medical;
		this.user = user;
	}

	@GetMapping("/hotline")
	@PreAuthorize(OPERATORS)
	String hotline(@RequestParam(required = false) String phone, Model model) {
		return show(HotlineForm.lookup(phone, null), null, model);
	}

	@PostMapping("/hotline")
	@PreAuthorize(OPERATORS)
	String file(@ModelAttribute HotlineForm hotlineForm, Model model) {
		Channel channel = RequestApi.channelOf(user.require());
		try {
			if (hotlineForm.medical() && medical.isPresent()) {
				MedicalHotline.Answer answer = medical.get().file(hotlineForm.medicalCall(), channel, user.scope(),
						user.actor());
				model.addAttribute("medicalAnswer", answer);
				model.addAttribute("filed", queries.byId(answer.requestId(), user.scope()));
			}
			else {
				model.addAttribute("filed", intake.file(hotlineForm.filing().toNewRequest(null), channel, user.scope(),
						user.actor()));
			}
			return show(HotlineForm.lookup(hotlineForm.phone(), hotlineForm.residentId()), null, model);
		}
		catch (InvalidInputException | ConflictException e) {
			PageOutcome.problem(model, e);
			return show(hotlineForm, PageOutcome.key(e), model);
		}
	}

	/**
	 * Files for a caller the registry does not know, in the compound the operator chose for the address they gave;
	 * the request waits on that committee's queue to be matched to a resident.
	 */
	@PostMapping("/hotline/unregistered")
	@PreAuthorize(OPERATORS)
	String fileUnregistered(@ModelAttribute UnregisteredCallerForm caller, Model model) {
		try {
			TerritoryNode compound = compound(caller.compoundId());
			Routing routing = new Routing(null, null, compound, caller.givenAddress(), compound.lat(), compound.lon(),
					caller.name(), caller.callbackPhone(), false);
			model.addAttribute("filed", intake.file(caller.draft(), routing, RequestApi.channelOf(user.require()),
					user.actor()));
			return show(HotlineForm.lookup(caller.phone(), null), null, model);
		}
		catch (InvalidInputException e) {
			PageOutcome.problem(model, e);
			model.addAttribute("caller", caller);
			return show(HotlineForm.lookup(caller.phone(), null), e.field(), model);
		}
	}

	/** Compounds within the operator's area whose name or address starts with what the caller said (htmx). */
	@GetMapping("/hotline/compounds")
	@PreAuthorize(OPERATORS)
	String compounds(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("compounds", q == null || q.isBlank() ? List.of()
				: territory.findCompounds(q.trim(), user.scope(), 20));
		return "requests/hotline :: compounds";
	}

	private TerritoryNode compound(Long id) {
		if (id == null) {
			throw new InvalidInputException("compoundId", "choose the compound of the address the caller gave",
					"problem.requests.compoundRequired");
		}
		return territory.findById(id)
			.filter(n -> n.kind() == org.lifeline.territory.TerritoryKind.COMPOUND && user.scope().contains(n))
			.orElseThrow(() -> new InvalidInputException("compoundId", "compound " + id + " not found in your area",
			"problem.requests.compoundOutsideArea", String.valueOf(id)));
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
		model.addAttribute("needs", medical.map(MedicalHotline::needs).orElse(List.of()));
		model.addAttribute("problem", problem);
		if (form.phone() == null || form.phone().isBlank()) {
			return "requests/hotline";
		}
		try {
			RequestQueries.CallerRequests caller = queries.openForPhone(form.phone(), user.scope());
			Map<Long, List<ResidentView>> households = byHousehold(caller.residents());
			List<RequestView> open = new ArrayList<>(caller.openRequests());
			open.addAll(unmatched.openForPhone(form.phone(), user.scope()));
			model.addAttribute("households", households);
			model.addAttribute("openRequests", open);
			model.addAttribute("openCategories", caller.openRequests().stream().map(RequestView::category).toList());
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
