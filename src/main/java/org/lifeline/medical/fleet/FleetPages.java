package org.lifeline.medical.fleet;

import java.util.List;

import org.lifeline.medical.Fleet;
import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.HospitalView;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.Need;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripAccess;
import org.lifeline.medical.TripQueries;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripView;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.medical.access.PageActions;
import org.lifeline.medical.fleet.FleetForms.AssignForm;
import org.lifeline.medical.fleet.FleetForms.CapacityForm;
import org.lifeline.medical.fleet.FleetForms.OpeningForm;
import org.lifeline.medical.fleet.FleetForms.RerouteForm;
import org.lifeline.medical.fleet.FleetForms.ShiftForm;
import org.lifeline.medical.fleet.FleetForms.StatusForm;
import org.lifeline.medical.routing.CareMode;
import org.lifeline.medical.routing.DestinationSelector;
import org.lifeline.medical.routing.RoutingRules;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task force's fleet page (vehicles, shifts, open trips with assign, trips to re-route) and the district's
 * hospital list (open or closed, capacity) and routing rules.
 */
@PageController
class FleetPages {

	private final Fleet fleet;

	private final TripQueries queries;

	private final Transfers transfers;

	private final Hospitals hospitals;

	private final RoutingRules rules;

	private final MedicalCaller caller;

	FleetPages(Fleet fleet, TripQueries queries, Transfers transfers, Hospitals hospitals, RoutingRules rules,
			MedicalCaller caller) {
		this.fleet = fleet;
		this.queries = queries;
		this.transfers = transfers;
		this.hospitals = hospitals;
		this.rules = rules;
		this.caller = caller;
	}

	@GetMapping("/fleet")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	String fleet(Model model) {
		TripAccess access = caller.trips();
		List<TripView> open = queries.list(null, null, null, access, MedicalPolicy.MAX_LIST)
			.stream()
			.filter(t -> t.status().isOpen())
			.toList();
		model.addAttribute("vehicles", fleet.vehicles(access));
		model.addAttribute("trips", open);
		model.addAttribute("hospitals", hospitals.list(caller.hospitals(), null).stream().filter(HospitalView::open).toList());
		model.addAttribute("ownStreet", caller.streetCode());
		model.addAttribute("vehicleTypes", org.lifeline.medical.VehicleType.values());
		return "medical/fleet";
	}

	@PostMapping("/fleet/trips/{id}/assign")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	String assign(@PathVariable long id, @ModelAttribute AssignForm assignForm, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/fleet", "assigned",
				() -> transfers.assign(id, assignForm.vehicleId(), caller.trips(), caller.actor()));
	}

	@PostMapping("/fleet/trips/{id}/reroute")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	String reroute(@PathVariable long id, @ModelAttribute RerouteForm rerouteForm, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/fleet", "rerouted",
				() -> transfers.reroute(id, rerouteForm.hospitalCode(), caller.trips(), caller.actor()));
	}

	@PostMapping("/fleet/trips/{id}/cancel")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/fleet", "stepped",
				() -> transfers.advance(id, TripStatus.CANCELLED, caller.trips(), caller.actor()));
	}

	/** A shift from the page: local Shanghai times, the driver by username (optional). */
	@PostMapping("/fleet/vehicles/{id}/shifts")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	String shift(@PathVariable long id, @ModelAttribute ShiftForm shiftForm, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/fleet", "shiftAdded",
				() -> fleet.addShift(id, shiftForm.driver(), shiftForm.start(), shiftForm.end(), caller.trips()));
	}

	@PostMapping("/fleet/vehicles/{id}/status")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	String vehicleStatus(@PathVariable long id, @ModelAttribute StatusForm statusForm, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/fleet", "stepped", () -> {
			fleet.setStatus(id, statusForm.status(), caller.trips());
			return id;
		});
	}

	@GetMapping("/hospitals")
	@PreAuthorize(MedicalPolicy.HOSPITAL_READERS)
	String hospitals(Model model) {
		model.addAttribute("hospitals", hospitals.list(caller.hospitals(), null));
		model.addAttribute("keeps", caller.hospitals().keepsDistrict());
		model.addAttribute("rules", rules.rules(caller.ruleDistrict()));
		model.addAttribute("editsRules", caller.editsRules());
		model.addAttribute("ruleDistrict", caller.ruleDistrict() == null ? null : caller.ruleDistrict().code());
		model.addAttribute("needs", Need.medical());
		model.addAttribute("modes", CareMode.values());
		model.addAttribute("selectors", DestinationSelector.values());
		model.addAttribute("kinds", HospitalKind.values());
		model.addAttribute("zones", org.lifeline.zones.Zone.values());
		return "medical/hospitals";
	}

	@PostMapping("/hospitals/{code}/capacity")
	@PreAuthorize(MedicalPolicy.HOSPITAL_KEEPERS)
	String capacity(@PathVariable String code, @ModelAttribute CapacityForm capacityForm, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/hospitals", "capacity", () -> hospitals.setCapacity(code,
				capacityForm.dialysisSlots(), capacityForm.obstetricBeds(), caller.hospitals(), caller.actor()));
	}

	@PostMapping("/hospitals/{code}/open")
	@PreAuthorize(MedicalPolicy.HOSPITAL_KEEPERS)
	String open(@PathVariable String code, @ModelAttribute OpeningForm openingForm, RedirectAttributes redirect) {
		boolean open = openingForm.opens();
		return PageActions.act(redirect, "/hospitals", open ? "opened" : "closed",
				() -> hospitals.setOpen(code, open, openingForm.reason(), caller.hospitals(), caller.actor()));
	}
}
