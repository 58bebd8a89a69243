package org.lifeline.isolation;

import java.util.List;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dispatcher's allocation page: the queue of cases awaiting transfer in their territory, allocating it to beds
 * (with every case left over and why, in the reader's language), and putting the cases held at a facility on a bus.
 */
@PageController
class AllocationPages {

	private final AllocationBoard board;

	private final Allocations allocations;

	private final BusRuns runs;

	private final Reasons reasons;

	private final IsolationCaller caller;

	AllocationPages(AllocationBoard board, Allocations allocations, BusRuns runs, Reasons reasons, IsolationCaller caller) {
		this.board = board;
		this.allocations = allocations;
		this.runs = runs;
		this.reasons = reasons;
		this.caller = caller;
	}

	@GetMapping("/isolation/allocation")
	@PreAuthorize(AllocationApi.DISPATCH)
	String queue(@RequestParam(required = false) String territory, Model model) {
		String code = territory == null || territory.isBlank() ? null : territory.trim();
		model.addAttribute("queue", board.queue(code == null ? caller.scope() : caller.within(code)));
		model.addAttribute("territory", code);
		model.addAttribute("shown", AllocationBoard.SHOWN);
		return "isolation/allocation";
	}

	@PostMapping("/isolation/allocation")
	@PreAuthorize(AllocationApi.DISPATCH)
	String allocate(@RequestParam(required = false) String territory, RedirectAttributes flash) {
		Allocated done = PageOutcome.attempt(flash, null, () -> allocations.allocate(
				territory == null || territory.isBlank() ? caller.scope() : caller.within(territory.trim()), caller.actor()));
		if (done != null) {
			PageOutcome.done(flash, "allocated", done.allocated());
			flash.addFlashAttribute("leftOver", done.left().stream()
				.map(l -> new LeftCase(l.caseId(), reasons.say(l)))
				.toList());
		}
		return "redirect:" + back(territory);
	}

	@PostMapping("/isolation/allocation/bus-runs")
	@PreAuthorize(AllocationApi.DISPATCH)
	String busRun(@RequestParam(required = false) String territory, @RequestParam String facilityCode,
			@RequestParam(required = false) Integer seats, @RequestParam(required = false) String escortName,
			@RequestParam(required = false) String plate, @RequestParam(required = false) String driver,
			@RequestParam(required = false) List<Long> caseIds, RedirectAttributes flash) {
		return PageOutcome.run(flash, "runPlanned", back(territory), () -> {
			if (caseIds == null || caseIds.isEmpty()) {
				throw new InvalidInputException("caseIds", "tick the cases to put on the bus",
						"problem.isolation.tickCases");
			}
			runs.plan(new NewBusRun(facilityCode, seats, escortName, null, plate, blankToNull(driver), caseIds),
					caller.facilities(), caller.scope(), caller.actor());
		});
	}

	private static String back(String territory) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/isolation/allocation");
		if (territory != null && !territory.isBlank()) {
			uri.queryParam("territory", territory.trim());
		}
		return uri.encode().toUriString();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** A case the allocation could not place, and why in the reader's words. */
	record LeftCase(long caseId, String reason) {
	}
}
