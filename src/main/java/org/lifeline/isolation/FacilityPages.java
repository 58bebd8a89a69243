package org.lifeline.isolation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The facilities page: beds by kind per facility, opening a facility, its capacity and open or closed; the admission classes. */
@PageController
class FacilityPages {

	private final Facilities facilities;

	private final AdmissionClasses classes;

	private final IsolationCaller caller;

	FacilityPages(Facilities facilities, AdmissionClasses classes, IsolationCaller caller) {
		this.facilities = facilities;
		this.classes = classes;
		this.caller = caller;
	}

	@GetMapping("/facilities")
	@PreAuthorize(FacilityApi.READERS)
	String facilities(@RequestParam(required = false) String district, Model model) {
		model.addAttribute("facilities", facilities.list(caller.facilities(), district));
		model.addAttribute("keeps", caller.keepsFacilities());
		model.addAttribute("editsRules", caller.editsAdmission());
		model.addAttribute("rules", classes.rules());
		model.addAttribute("kinds", FacilityKind.values());
		model.addAttribute("bedKinds", BedKind.values());
		return "isolation/facilities";
	}

	@PostMapping("/facilities")
	@PreAuthorize(FacilityApi.KEEPERS)
	String open(FacilityForm form, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "opened", "/facilities", () -> facilities.open(form.facility(), caller.facilities(), caller.actor()));
	}

	@PostMapping("/facilities/{code}/beds")
	@PreAuthorize(FacilityApi.KEEPERS)
	String beds(@PathVariable String code, BedsForm form, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "saved", "/facilities", () -> facilities.change(code,
				new FacilityChange(null, null, null, null, null, form.beds()), caller.facilities(), caller.actor()));
	}

	@PostMapping("/facilities/{code}/open")
	@PreAuthorize(FacilityApi.KEEPERS)
	String setOpen(@PathVariable String code, @RequestParam boolean open, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "saved", "/facilities", () -> facilities.change(code,
				new FacilityChange(null, null, null, null, open, null), caller.facilities(), caller.actor()));
	}

	@PostMapping("/facilities/rules/{need}")
	@PreAuthorize(FacilityApi.CITY)
	String rule(@PathVariable String need, @RequestParam(required = false) Integer rank,
			@RequestParam(required = false) List<String> facilityKinds, @RequestParam(required = false) String bedKind,
			RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "saved", "/facilities", () -> classes.set(need, rank, facilityKinds, bedKind, caller.actor()));
	}

	/** The form that opens a facility, with its beds by kind. */
	record FacilityForm(String code, String name, String kind, String districtCode, String hospitalCode, String address,
			Double lat, Double lon, Integer general, Integer oxygen, Integer paediatric, Integer elderly) {

		NewFacility facility() {
			return new NewFacility(code, name, kind, districtCode, hospitalCode, address, lat, lon,
					new BedsForm(general, oxygen, paediatric, elderly).beds());
		}
	}

	/** Capacities by kind from a form; empty fields leave a kind as it is. */
	record BedsForm(Integer general, Integer oxygen, Integer paediatric, Integer elderly) {

		Map<String, Integer> beds() {
			Map<String, Integer> beds = new LinkedHashMap<>();
			put(beds, BedKind.GENERAL, general);
			put(beds, BedKind.OXYGEN, oxygen);
			put(beds, BedKind.PAEDIATRIC_WITH_CARER, paediatric);
			put(beds, BedKind.ELDERLY_WITH_CONDITIONS, elderly);
			return beds;
		}

		private static void put(Map<String, Integer> beds, BedKind kind, Integer value) {
			if (value != null) {
				beds.put(kind.name(), value);
			}
		}
	}
}
