package org.lifeline.medical.dispatch;

import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripQueries;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The task force's dispatch page: run a plan, see it per vehicle next to the greedy figures, apply it. */
@PageController
class DispatchPages {

	private final Dispatching dispatching;

	private final TripQueries trips;

	private final CurrentUser user;

	DispatchPages(Dispatching dispatching, TripQueries trips, CurrentUser user) {
		this.dispatching = dispatching;
		this.trips = trips;
		this.user = user;
	}

	@GetMapping("/dispatch")
	@PreAuthorize(DispatchApi.DISPATCHERS)
	String page(@RequestParam(required = false) Long plan, Model model) {
		if (plan != null) {
			ProposalView proposal = dispatching.proposal(plan, user.scope());
			model.addAttribute("proposal", proposal);
			model.addAttribute("trips", trips.byIds(proposal.tripIds(), TripAccess.of(user.scope())));
		}
		return "dispatch/plan";
	}

	@PostMapping("/dispatch/plan")
	@PreAuthorize(DispatchApi.DISPATCHERS)
	String plan() {
		return "redirect:/dispatch?plan=" + dispatching.plan(user.scope(), user.actor(), List.of()).id();
	}

	@PostMapping("/dispatch/plan/{id}/apply")
	@PreAuthorize(DispatchApi.DISPATCHERS)
	String apply(@PathVariable long id, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "applied", "/dispatch?plan=" + id,
				() -> dispatching.apply(id, user.scope(), user.actor()));
	}
}
