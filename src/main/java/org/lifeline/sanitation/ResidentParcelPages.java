package org.lifeline.sanitation;

import java.util.List;

import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The parcels of the resident's own household on their home page: what is still at the gate, what a volunteer
 * brought to the door (with one tap to say it arrived) and what they confirmed lately.
 */
@PageController
class ResidentParcelPages {

	static final String RESIDENT = "hasRole('RESIDENT')";

	private static final int SHOWN = 20;

	private final Parcels parcels;

	private final CurrentScope caller;

	ResidentParcelPages(Parcels parcels, CurrentScope caller) {
		this.parcels = parcels;
		this.caller = caller;
	}

	/** The household's parcels, for the resident's home page to embed. */
	@GetMapping("/sanitation/parcels/mine")
	@PreAuthorize(RESIDENT)
	String mine(Model model) {
		List<ParcelView> own = parcels.list(caller.scope(), SHOWN);
		model.addAttribute("parcels", own);
		return "sanitation/resident-parcels :: parcels";
	}

	@PostMapping("/sanitation/parcels/{id}/confirm")
	@PreAuthorize(RESIDENT)
	String confirm(@PathVariable long id, RedirectAttributes flash) {
		return PageOutcome.run(flash, "parcelConfirmed", "/", () -> parcels.confirm(id, caller.scope()));
	}
}
