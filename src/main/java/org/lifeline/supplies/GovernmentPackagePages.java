package org.lifeline.supplies;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Government packages on pages: the rounds that deliver within the caller's area with delivered and undelivered
 * counts, and each round's households in the order to serve them (vulnerable first), checked off one by one.
 */
@PageController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'VOLUNTEER')")
class GovernmentPackagePages {

	private static final int SHOWN = 500;

	private final GovernmentPackages government;

	private final CurrentUser user;

	GovernmentPackagePages(GovernmentPackages government, CurrentUser user) {
		this.government = government;
		this.user = user;
	}

	@GetMapping("/government-packages")
	String rounds(Model model) {
		model.addAttribute("rounds", government.rounds(user.scope()));
		return "supplies/government-rounds";
	}

	@GetMapping("/government-packages/{id}")
	String round(@PathVariable long id, Model model) {
		model.addAttribute("round", government.round(id, user.scope()));
		model.addAttribute("undelivered", government.deliveries(id, false, user.scope(), SHOWN));
		model.addAttribute("delivered", government.deliveries(id, true, user.scope(), SHOWN));
		return "supplies/government-round";
	}

	@PostMapping("/government-packages/{id}/households/{householdId}/delivered")
	String delivered(@PathVariable long id, @PathVariable long householdId, RedirectAttributes flash) {
		return PageOutcome.run(flash, "govDelivered", "/government-packages/" + id,
				() -> government.markDelivered(id, householdId, user.require(), user.scope()));
	}
}
