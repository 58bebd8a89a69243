package org.lifeline.isolation;

import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The driver's page (mobile first): their bus runs, stop by stop with the people at each, and setting off. */
@PageController
class BusRunPages {

	private final BusRuns runs;

	private final BusRunReader reader;

	private final IsolationCaller caller;

	BusRunPages(BusRuns runs, BusRunReader reader, IsolationCaller caller) {
		this.runs = runs;
		this.reader = reader;
		this.caller = caller;
	}

	@GetMapping("/bus-runs")
	@PreAuthorize("hasRole('DRIVER')")
	String mine(Model model) {
		model.addAttribute("runs", reader.ofDriver(caller.actor()));
		return "isolation/runs";
	}

	@PostMapping("/bus-runs/{id}/start")
	@PreAuthorize("hasRole('DRIVER')")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "started", "/bus-runs",
				() -> runs.start(id, caller.actor(), caller.scope(), caller.actor()));
	}
}
