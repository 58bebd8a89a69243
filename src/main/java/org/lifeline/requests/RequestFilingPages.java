package org.lifeline.requests;

import java.io.IOException;
import java.util.Base64;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Filing from a phone: a resident for someone of their household, or committee staff for a resident they opened.
 * Big category buttons, a text box, an optional photo uploaded as a file, and the outcome at once: dial 120 for
 * an emergency, the open request when the household already asked for the same thing.
 */
@PageController
class RequestFilingPages {

	private final RequestIntake intake;

	private final ResidentRegistry residents;

	private final CurrentUser user;

	RequestFilingPages(RequestIntake intake, ResidentRegistry residents, CurrentUser user) {
		this.intake = intake;
		this.residents = residents;
		this.user = user;
	}

	@GetMapping("/requests/new")
	@PreAuthorize(RequestApi.PEOPLE)
	String form(@RequestParam(required = false) Long residentId, Model model) {
		return show(FilingForm.empty(residentId), null, model);
	}

	@PostMapping("/requests/new")
	@PreAuthorize(RequestApi.PEOPLE)
	String file(@ModelAttribute FilingForm filingForm, @RequestParam(required = false) MultipartFile photo,
			Model model) {
		try {
			NewRequest request = filingForm.toNewRequest(base64(photo));
			model.addAttribute("filed", intake.file(request, RequestApi.channelOf(user.require()), user.scope(), user.actor()));
			return "requests/filed";
		}
		catch (InvalidInputException e) {
			return show(filingForm, e.field(), model);
		}
	}

	private String show(FilingForm form, String problem, Model model) {
		LifelineUser caller = user.require();
		if (caller.role() == Role.RESIDENT && caller.householdId() != null) {
			model.addAttribute("members", residents.members(caller.householdId(), user.scope()));
		}
		else if (form.residentId() != null) {
			model.addAttribute("forResident", residents.byId(form.residentId(), user.scope()));
		}
		model.addAttribute("filingForm", form);
		model.addAttribute("categories", RequestCategory.values());
		model.addAttribute("problem", problem);
		return "requests/new";
	}

	private static String base64(MultipartFile photo) {
		if (photo == null || photo.isEmpty()) {
			return null;
		}
		if (photo.getSize() > Photo.MAX_BYTES) {
			throw Photo.tooLarge();
		}
		try {
			return Base64.getEncoder().encodeToString(photo.getBytes());
		}
		catch (IOException e) {
			throw new InvalidInputException("photo", "the photo could not be read", "problem.requests.photoUnreadable");
		}
	}
}
