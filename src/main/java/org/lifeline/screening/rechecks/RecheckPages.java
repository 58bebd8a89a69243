package org.lifeline.screening.rechecks;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.screening.ResultConfirmations;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The recheck queue page: who stays in, which doors to sample today, and corrections to confirm. */
@PageController
class RecheckPages {

	static final String WORKERS = "hasAnyRole('COMMITTEE_STAFF', 'VOLUNTEER', 'STREET_TASK_FORCE', 'DISTRICT_COMMAND', "
			+ "'CITY_COMMAND', 'ADMINISTRATOR')";

	private final RecheckQueue queue;

	private final ResultConfirmations confirmations;

	private final CurrentScope scope;

	private final Clock clock;

	RecheckPages(RecheckQueue queue, ResultConfirmations confirmations, CurrentScope scope, Clock clock) {
		this.queue = queue;
		this.confirmations = confirmations;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/screening/rechecks")
	@PreAuthorize(WORKERS)
	String page(Model model) {
		model.addAttribute("awaiting", queue.awaiting(scope.scope()));
		model.addAttribute("tasks", queue.dueTasks(scope.scope(), LocalDate.now(clock)));
		model.addAttribute("corrections", queue.corrections(scope.scope()));
		return "screening/results/rechecks";
	}

	@PostMapping("/screening/tubes/{tubeCode}/confirm")
	@PreAuthorize(ConfirmationApi.STAFF)
	String confirm(@PathVariable String tubeCode, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("confirmed", tubeCode);
			redirect.addFlashAttribute("cleared", confirmations.confirm(tubeCode, scope.scope(), scope.actor()));
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/screening/rechecks";
	}
}
