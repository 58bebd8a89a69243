package org.lifeline.medical.hospitals;

import java.util.List;

import org.lifeline.medical.HospitalView;
import org.lifeline.medical.Hospitals;
import org.lifeline.medical.NewHospital;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hospitals over the JSON API: the list in the caller's district, one hospital, registering one, opening and
 * closing it.
 */
@RestController
@RequestMapping("/api/v1/hospitals")
class HospitalApi {

	private final Hospitals hospitals;

	private final MedicalCaller caller;

	HospitalApi(Hospitals hospitals, MedicalCaller caller) {
		this.hospitals = hospitals;
		this.caller = caller;
	}

	@GetMapping
	@PreAuthorize(MedicalPolicy.HOSPITAL_READERS)
	PageResult<HospitalView> list(@RequestParam(required = false) String district) {
		List<HospitalView> items = hospitals.list(caller.hospitals(), district);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/{code}")
	@PreAuthorize(MedicalPolicy.HOSPITAL_READERS)
	HospitalView hospital(@PathVariable String code) {
		return hospitals.byCode(code, caller.hospitals());
	}

	/** Registers a hospital of a district: the city in any district, district command in its own. */
	@PostMapping
	@PreAuthorize(MedicalPolicy.HOSPITAL_REGISTRARS)
	@ResponseStatus(HttpStatus.CREATED)
	HospitalView register(@RequestBody NewHospital hospital) {
		return hospitals.register(hospital, caller.hospitals(), caller.actor());
	}

	/** Changes whether the hospital receives patients, and its daily capacity; absent fields stay as they are. */
	@PatchMapping("/{code}")
	@PreAuthorize(MedicalPolicy.HOSPITAL_KEEPERS)
	HospitalView change(@PathVariable String code, @RequestBody HospitalChange body) {
		HospitalView result = null;
		if (body.dialysisSlots() != null || body.obstetricBeds() != null) {
			result = hospitals.setCapacity(code, body.dialysisSlots(), body.obstetricBeds(), caller.hospitals(),
					caller.actor());
		}
		if (body.open() != null || result == null) {
			result = hospitals.setOpen(code, body.open(), body.reason(), caller.hospitals(), caller.actor());
		}
		return result;
	}

	record HospitalChange(Boolean open, String reason, Integer dialysisSlots, Integer obstetricBeds) {
	}
}
