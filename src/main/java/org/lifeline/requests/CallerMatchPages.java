package org.lifeline.requests;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the request page of a caller the registry did not know: the clerk searches the committee's residents by
 * name, phone or room (htmx), picks the caller among them and confirms; the page then shows the matched request.
 */
@PageController
class CallerMatchPages {

	private final CallerMatching matching;

	private final CurrentUser user;

	CallerMatchPages(CallerMatching matching, CurrentUser user) {
		this.matching = matching;
		this.user = user;
	}

	@GetMapping("/requests/{id}/match")
	@PreAuthorize(RequestApi.MATCHERS)
	String candidates(@PathVariable long id, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("requestId", id);
		model.addAttribute("searched", q != null && !q.isBlank());
		model.addAttribute("candidates", matching.candidates(id, q, user.scope()));
		return "requests/match :: candidates";
	}

	@PostMapping("/requests/{id}/match")
	@PreAuthorize(RequestApi.MATCHERS)
	String match(@PathVariable long id, @RequestParam(required = false) Long residentId, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "matched", "/requests/" + id,
				() -> matching.match(id, residentId, user.scope(), user.actor()));
	}
}
