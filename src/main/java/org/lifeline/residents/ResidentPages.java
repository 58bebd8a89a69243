package org.lifeline.residents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.CurrentScope;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding residents by name, phone, ID number or address within the caller's scope, and one resident's record
 * with personal data masked until revealed with a reason (which leaves an audit entry).
 */
@PageController
class ResidentPages {

	static final int PAGE_SIZE = 20;

	private final ResidentRegistry registry;

	private final CurrentScope scope;

	private final PersonalDataAccess personalData;

	ResidentPages(ResidentRegistry registry, CurrentScope scope, PersonalDataAccess personalData) {
		this.registry = registry;
		this.scope = scope;
		this.personalData = personalData;
	}

	@GetMapping("/residents")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String territory,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		int current = Math.max(page, 0);
		PageResult<ResidentView> found = registry.search(q, scope.within(territory), new PageRequest(current, PAGE_SIZE));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("territory", territory == null ? "" : territory);
		model.addAttribute("found", found);
		model.addAttribute("page", current);
		model.addAttribute("pages", (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return htmx != null ? "residents/search :: results" : "residents/search";
	}

	@GetMapping("/residents/{id}")
	String resident(@PathVariable long id, Model model) {
		model.addAttribute("resident", registry.byId(id, scope.scope()));
		model.addAttribute("revealForm", new RevealForm(""));
		return "residents/detail";
	}

	@PostMapping("/residents/{id}")
	String reveal(@PathVariable long id, @Valid @ModelAttribute RevealForm revealForm, BindingResult errors,
			Model model) {
		ResidentView resident = registry.byId(id, scope.scope());
		if (!errors.hasErrors()) {
			personalData.reveal("RESIDENT", String.valueOf(id), registry.districtOf(id), revealForm.reason());
			model.addAttribute("revealed", true);
		}
		model.addAttribute("resident", resident);
		return "residents/detail";
	}

	/** Why the user needs to see the unmasked ID number and phone. */
	record RevealForm(@NotBlank @Size(max = 500) String reason) {
	}
}
