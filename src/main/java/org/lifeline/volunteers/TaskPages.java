package org.lifeline.volunteers;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.DateInput;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The volunteer's phone page: the day's one task list with one-tap done or failed with a reason. */
@PageController
class TaskPages {

	private final TaskList list;

	private final CurrentUser user;

	private final Clock clock;

	TaskPages(TaskList list, CurrentUser user, Clock clock) {
		this.list = list;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/volunteers/tasks")
	@PreAuthorize(TaskApi.VOLUNTEER)
	String tasks(@RequestParam(required = false) String date, Model model) {
		model.addAttribute("day", list.of(user.require(), DateInput.parse("date", date, LocalDate.now(clock))));
		return "volunteers/tasks";
	}

	/** Today's list alone, for the volunteer's home page to embed. */
	@GetMapping("/volunteers/tasks/today")
	@PreAuthorize(TaskApi.VOLUNTEER)
	String today(Model model) {
		model.addAttribute("day", list.of(user.require(), LocalDate.now(clock)));
		return "volunteers/tasks :: list";
	}

	@PostMapping("/volunteers/tasks/{kind}/{ref}")
	@PreAuthorize(TaskApi.VOLUNTEER)
	String complete(@PathVariable String kind, @PathVariable String ref, @RequestParam boolean done,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageOutcome.run(flash, done ? "done" : "failed", "/volunteers/tasks",
				() -> list.complete(user.require(), kind, ref, done, reason));
	}
}
