package org.lifeline.medical.fleet;

import java.time.Instant;
import java.util.List;

import org.lifeline.medical.Fleet;
import org.lifeline.medical.NewVehicle;
import org.lifeline.medical.VehicleView;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The fleet over the JSON API: vehicles with shifts, registering a vehicle, adding a shift, status and position. */
@RestController
@RequestMapping("/api/v1/vehicles")
class FleetApi {

	private final Fleet fleet;

	private final MedicalCaller caller;

	FleetApi(Fleet fleet, MedicalCaller caller) {
		this.fleet = fleet;
		this.caller = caller;
	}

	@GetMapping
	@PreAuthorize(MedicalPolicy.DISPATCH + " or hasRole('DRIVER')")
	PageResult<VehicleView> vehicles() {
		List<VehicleView> items = fleet.vehicles(caller.trips());
		return new PageResult<>(items, items.size());
	}

	/** Registers a vehicle in a street's fleet, or the district's own when no street is named. */
	@PostMapping
	@PreAuthorize(MedicalPolicy.DISPATCH)
	@ResponseStatus(HttpStatus.CREATED)
	VehicleView register(@RequestBody NewVehicle vehicle) {
		return fleet.register(vehicle, caller.trips());
	}

	@PostMapping("/{id}/shifts")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	@ResponseStatus(HttpStatus.CREATED)
	VehicleView addShift(@PathVariable long id, @RequestBody ShiftForm form) {
		return fleet.addShift(id, form.driver(), form.startsAt(), form.endsAt(), caller.trips());
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void status(@PathVariable long id, @RequestBody StatusForm form) {
		fleet.setStatus(id, form.status(), caller.trips());
	}

	@PostMapping("/{id}/position")
	@PreAuthorize(MedicalPolicy.DISPATCH + " or hasRole('DRIVER')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void position(@PathVariable long id, @RequestBody PositionForm form) {
		fleet.reportPosition(id, form.lat(), form.lon(), caller.trips());
	}

	record ShiftForm(String driver, Instant startsAt, Instant endsAt) {
	}

	record StatusForm(String status) {
	}

	record PositionForm(Double lat, Double lon) {
	}
}
