package org.lifeline.medical.filing;

import org.lifeline.medical.Need;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A clerk (committee, hotline, task force) files a medical request for a resident and reads the answer out: the
 * mode, the destination and the one-line explanation, with the request number and the trip when one was ordered.
 */
@PageController
class MedicalRequestPages {

	private final MedicalRequests requests;

	private final MedicalCaller caller;

	MedicalRequestPages(MedicalRequests requests, MedicalCaller caller) {
		this.requests = requests;
		this.caller = caller;
	}

	@GetMapping("/medical/new")
	@PreAuthorize(MedicalPolicy.FILERS)
	String form(@RequestParam(required = false) Long residentId, Model model) {
		model.addAttribute("residentId", residentId);
		model.addAttribute("needs", Need.medical());
		return "medical/new";
	}

	@PostMapping("/medical/new")
	@PreAuthorize(MedicalPolicy.FILERS)
	String file(@ModelAttribute MedicalRequestForm form, Model model) {
		model.addAttribute("residentId", form.residentId());
		model.addAttribute("needs", Need.medical());
		try {
			model.addAttribute("answer", requests.file(form, caller.channel(), caller.scope(), caller.actor()));
		}
		catch (InvalidInputException | ConflictException e) {
			PageOutcome.problem(model, e);
		}
		return "medical/new";
	}
}
