package org.lifeline.isolation;

import java.nio.charset.StandardCharsets;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A facility's desk page (接收台): confirms each person's arrival from a bus run, admits a case that came by other
 * means onto a bed of a kind, and discharges people home; each of them asks to confirm, as none can be undone.
 */
@PageController
class DeskPages {

	private final DeskBoard board;

	private final FacilityDesk desk;

	private final IsolationCaller caller;

	DeskPages(DeskBoard board, FacilityDesk desk, IsolationCaller caller) {
		this.board = board;
		this.desk = desk;
		this.caller = caller;
	}

	@GetMapping("/facilities/{code}/desk")
	@PreAuthorize(FacilityApi.READERS)
	String desk(@PathVariable String code, Model model) {
		model.addAttribute("desk", board.desk(code, caller.facilities()));
		model.addAttribute("bedKinds", BedKind.values());
		return "isolation/desk";
	}

	@PostMapping("/facilities/{code}/desk/arrivals")
	@PreAuthorize(BusRunApi.DESK)
	String arrived(@PathVariable String code, @RequestParam long runId, @RequestParam long caseId,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "arrived", back(code),
				() -> desk.arrived(runId, caseId, caller.facilities(), caller.actor()));
	}

	@PostMapping("/facilities/{code}/desk/admissions")
	@PreAuthorize(BusRunApi.DESK)
	String admit(@PathVariable String code, @RequestParam(required = false) Long caseId,
			@RequestParam(required = false) String bedKind, RedirectAttributes flash) {
		return PageOutcome.run(flash, "admitted", back(code),
				() -> desk.admit(code, requireCase(caseId), bedKind, caller.facilities(), caller.actor()));
	}

	@PostMapping("/facilities/{code}/desk/discharges")
	@PreAuthorize(BusRunApi.DESK)
	String discharge(@PathVariable String code, @RequestParam long caseId, RedirectAttributes flash) {
		return PageOutcome.run(flash, "discharged", back(code),
				() -> desk.discharge(code, caseId, caller.facilities(), caller.actor()));
	}

	static long requireCase(Long caseId) {
		if (caseId == null) {
			throw new InvalidInputException("caseId", "name the case by its number", "problem.isolation.caseNumber");
		}
		return caseId;
	}

	private static String back(String code) {
		return "/facilities/" + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + "/desk";
	}
}
