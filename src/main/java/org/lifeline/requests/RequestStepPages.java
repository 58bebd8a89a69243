package org.lifeline.requests;

import java.util.function.Supplier;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buttons of the request page: staff acknowledge, assign and resolve; the resident confirms or reopens. Each
 * goes back to the request, saying what went wrong when the step was refused (a missing note, someone faster).
 */
@PageController
class RequestStepPages {

	private final RequestWork work;

	private final CurrentUser user;

	RequestStepPages(RequestWork work, CurrentUser user) {
		this.work = work;
		this.user = user;
	}

	@PostMapping("/requests/{id}/acknowledge")
	@PreAuthorize(RequestApi.WORKERS)
	String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "acknowledged", () -> work.acknowledge(id, user.scope(), user.actor()));
	}

	@PostMapping("/requests/{id}/assign")
	@PreAuthorize(RequestApi.WORKERS)
	String assign(@PathVariable long id, @ModelAttribute StepForm stepForm, RedirectAttributes redirect) {
		return step(id, redirect, "assigned", () -> work.assign(id, stepForm.assignee(), user.scope(), user.require()));
	}

	@PostMapping("/requests/{id}/resolve")
	@PreAuthorize(RequestApi.WORKERS)
	String resolve(@PathVariable long id, @ModelAttribute StepForm stepForm, RedirectAttributes redirect) {
		return step(id, redirect, "resolved", () -> work.resolve(id, stepForm.note(), user.scope(), user.actor()));
	}

	@PostMapping("/requests/{id}/close")
	@PreAuthorize(RequestApi.PEOPLE)
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "closed", () -> work.close(id, user.scope(), user.actor()));
	}

	@PostMapping("/requests/{id}/reopen")
	@PreAuthorize(RequestApi.PEOPLE)
	String reopen(@PathVariable long id, @ModelAttribute StepForm stepForm, RedirectAttributes redirect) {
		return step(id, redirect, "reopened", () -> work.reopen(id, stepForm.reason(), user.scope(), user.actor()));
	}

	private static String step(long id, RedirectAttributes redirect, String done, Supplier<RequestView> action) {
		return PageOutcome.run(redirect, done, "/requests/" + id, action::get);
	}
}
