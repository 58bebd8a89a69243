package org.lifeline.screening.rechecks;

import org.lifeline.screening.AntigenSelfTests;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The antigen self-test form on the resident's page. */
@PageController
class AntigenPages {

	private final AntigenSelfTests antigen;

	private final CurrentScope scope;

	AntigenPages(AntigenSelfTests antigen, CurrentScope scope) {
		this.antigen = antigen;
		this.scope = scope;
	}

	@PostMapping("/screening/antigen-tests")
	@PreAuthorize(AntigenApi.PEOPLE)
	String report(@RequestParam(required = false) Long residentId, @RequestParam(required = false) String result,
			@RequestParam(required = false) String takenAt, @RequestParam(required = false) MultipartFile photo,
			RedirectAttributes redirect) {
		try {
			if (residentId == null) {
				throw new InvalidInputException("residentId", "choose who took the test", "problem.screening.antigenResident");
			}
			antigen.report(residentId, result, antigen.takenAt(takenAt), new AntigenSelfTests.Photo(AntigenApi.bytes(photo)),
					scope.scope(), scope.actor());
			redirect.addFlashAttribute("antigenDone", result);
		}
		catch (InvalidInputException | NotFoundException e) {
			redirect.addFlashAttribute("antigenProblem", e.getMessage());
		}
		return "redirect:/";
	}
}
