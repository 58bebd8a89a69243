package org.lifeline.residents;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.CurrentScope;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A household with its members, and finding a caller's household by phone number (the hotline's first step). */
@PageController
class HouseholdPages {

	private static final int MAX_HOUSEHOLDS = 10;

	private final ResidentRegistry registry;

	private final CurrentScope scope;

	HouseholdPages(ResidentRegistry registry, CurrentScope scope) {
		this.registry = registry;
		this.scope = scope;
	}

	@GetMapping("/households/{id}")
	String household(@PathVariable long id, Model model) {
		model.addAttribute("household", registry.household(id, scope.scope()));
		model.addAttribute("members", registry.members(id, scope.scope()));
		return "residents/household";
	}

	@GetMapping("/households")
	String byPhone(@RequestParam(required = false) String phone, Model model) {
		String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
		model.addAttribute("phone", phone == null ? "" : phone.trim());
		if (digits.length() >= 3) {
			model.addAttribute("households", householdsOf(digits));
		}
		return "residents/callers";
	}

	private List<Found> householdsOf(String digits) {
		Set<Long> ids = new LinkedHashSet<>();
		registry.search(digits, scope.scope(), new PageRequest(0, 50)).items().forEach(r -> ids.add(r.householdId()));
		List<Found> found = new ArrayList<>();
		for (Long id : ids.stream().limit(MAX_HOUSEHOLDS).toList()) {
			found.add(new Found(registry.household(id, scope.scope()), registry.members(id, scope.scope())));
		}
		return found;
	}

	/** A household whose members include the phone number, with all its members. */
	record Found(HouseholdView household, List<ResidentView> members) {
	}
}
