package org.lifeline.medical.fleet;

import java.util.List;

import org.lifeline.medical.Fleet;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.NewHospital;
import org.lifeline.medical.NewVehicle;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.medical.access.PageActions;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register forms of the hospital list (a district's new hospital) and of the fleet page (a new vehicle). */
@PageController
class RegistrationPages {

	private final Hospitals hospitals;

	private final Fleet fleet;

	private final MedicalCaller caller;

	RegistrationPages(Hospitals hospitals, Fleet fleet, MedicalCaller caller) {
		this.hospitals = hospitals;
		this.fleet = fleet;
		this.caller = caller;
	}

	@PostMapping("/hospitals/register")
	@PreAuthorize(MedicalPolicy.HOSPITAL_REGISTRARS)
	String hospital(@ModelAttribute HospitalForm hospitalForm, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/hospitals", "hospitalRegistered",
				() -> hospitals.register(hospitalForm.hospital(), caller.hospitals(), caller.actor()));
	}

	/** A vehicle of the street named, or of the caller's district's own fleet when none is. */
	@PostMapping("/fleet/vehicles")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	String vehicle(@ModelAttribute VehicleForm vehicleForm, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/fleet", "vehicleRegistered",
				() -> fleet.register(new NewVehicle(vehicleForm.plate(), vehicleForm.type(), caller.districtCode(),
						vehicleForm.street(), vehicleForm.seats()), caller.trips()));
	}

	/** A hospital as the register form sends it; kinds are ticked boxes. */
	record HospitalForm(String code, String name, String district, String address, Double lat, Double lon,
			List<String> kinds, Integer dialysisSlots, Integer obstetricBeds) {

		NewHospital hospital() {
			return new NewHospital(code, name, district, address, lat, lon, kinds, dialysisSlots, obstetricBeds);
		}
	}

	/** A vehicle as the register form sends it. */
	record VehicleForm(String plate, String type, String street, Integer seats) {
	}
}
