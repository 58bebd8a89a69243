package org.lifeline.screening.results;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.screening.HouseholdResults;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A household's test results as a printable sheet, for the committee to hand to residents without a phone. */
@PageController
class HouseholdResultPages {

	private final HouseholdResults results;

	private final ResidentRegistry residents;

	private final CurrentScope scope;

	HouseholdResultPages(HouseholdResults results, ResidentRegistry residents, CurrentScope scope) {
		this.results = results;
		this.residents = residents;
		this.scope = scope;
	}

	@GetMapping("/screening/households/{id}/results")
	@PreAuthorize("hasAnyRole('COMMITTEE_STAFF', 'VOLUNTEER', 'STREET_TASK_FORCE', 'ADMINISTRATOR')")
	String print(@PathVariable long id, Model model) {
		model.addAttribute("household", residents.household(id, scope.scope()));
		model.addAttribute("members", results.of(id, scope.scope()));
		return "screening/results/household";
	}
}
