package org.lifeline.medical.trips;

import org.lifeline.medical.Boards;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripQueries;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.medical.access.PageActions;
import org.lifeline.medical.fleet.FleetForms;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The driver's phone page and the hospital desk page, with their one-tap steps. Each step goes back to the page
 * it came from, saying what went wrong when it was refused (someone faster, an impossible step).
 */
@PageController
class TripPages {

	private final Boards boards;

	private final Transfers transfers;

	private final TripQueries queries;

	private final Hospitals hospitals;

	private final MedicalCaller caller;

	TripPages(Boards boards, Transfers transfers, TripQueries queries, Hospitals hospitals, MedicalCaller caller) {
		this.boards = boards;
		this.transfers = transfers;
		this.queries = queries;
		this.hospitals = hospitals;
		this.caller = caller;
	}

	@GetMapping("/driver")
	@PreAuthorize("hasRole('DRIVER')")
	String driver(Model model) {
		model.addAttribute("board", boards.driver(caller.user().id()));
		return "medical/driver";
	}

	@GetMapping("/hospital-desk")
	@PreAuthorize("hasRole('HOSPITAL_DESK')")
	String desk(Model model) {
		String code = caller.user().hospitalCode();
		if (code == null) {
			throw new NotFoundException("hospital", "none");
		}
		model.addAttribute("board", boards.hospital(code));
		return "medical/desk";
	}

	@GetMapping("/trips/{id}")
	@PreAuthorize(MedicalPolicy.TRIP_USERS)
	String trip(@PathVariable long id, Model model) {
		model.addAttribute("trip", queries.byId(id, caller.trips()));
		return "medical/trip";
	}

	/** One tap of a status button; back to where it was tapped. */
	@PostMapping("/trips/{id}/step")
	@PreAuthorize(MedicalPolicy.TRIP_USERS)
	String step(@PathVariable long id, @ModelAttribute StepForm stepForm, RedirectAttributes redirect) {
		TripStatus status = TripStatus.parse(stepForm.to()).orElse(null);
		return PageActions.act(redirect, stepForm.back(), "stepped",
				() -> transfers.advance(id, caller.mayStep(status), caller.trips(), caller.actor()));
	}

	/** The hospital desk opens or closes its hospital. */
	@PostMapping("/hospital-desk/open")
	@PreAuthorize("hasRole('HOSPITAL_DESK')")
	String open(@ModelAttribute FleetForms.OpeningForm openingForm, RedirectAttributes redirect) {
		boolean open = openingForm.opens();
		return PageActions.act(redirect, "/hospital-desk", open ? "opened" : "closed", () -> hospitals
			.setOpen(caller.user().hospitalCode(), open, openingForm.reason(), caller.hospitals(), caller.actor()));
	}

	/** One status button: the status to move to and the page it was tapped on. */
	record StepForm(String to, String back) {
	}
}
