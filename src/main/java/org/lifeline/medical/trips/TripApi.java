package org.lifeline.medical.trips;

import java.time.Instant;
import java.util.List;

import org.lifeline.medical.Need;
import org.lifeline.medical.PatientNeeds;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripOrder;
import org.lifeline.medical.TripQueries;
import org.lifeline.medical.TripStatus;
import org.lifeline.medical.TripView;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.medical.filing.MedicalRequests;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Closed-loop trips over the JSON API: the list, one trip with its timeline, ordering, assigning, stepping. */
@RestController
@RequestMapping("/api/v1/trips")
class TripApi {

	private final Transfers transfers;

	private final TripQueries queries;

	private final MedicalCaller caller;

	TripApi(Transfers transfers, TripQueries queries, MedicalCaller caller) {
		this.transfers = transfers;
		this.queries = queries;
		this.caller = caller;
	}

	@GetMapping
	@PreAuthorize(MedicalPolicy.TRIP_USERS)
	PageResult<TripView> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) Long vehicle, @RequestParam(required = false) String hospital) {
		TripStatus parsed = EnumInput.parse(TripStatus.class, "status", status);
		List<TripView> items = queries.list(parsed, vehicle, hospital, caller.trips(), MedicalPolicy.MAX_LIST);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/{id}")
	@PreAuthorize(MedicalPolicy.TRIP_USERS)
	TripView trip(@PathVariable long id) {
		return queries.byId(id, caller.trips());
	}

	@PostMapping
	@PreAuthorize(MedicalPolicy.DISPATCH + " or hasRole('COMMITTEE_STAFF')")
	@ResponseStatus(HttpStatus.CREATED)
	TripView order(@RequestBody NewTripForm form) {
		if (form.residentId() == null) {
			throw InvalidInputException.required("residentId");
		}
		Need need = EnumInput.required(Need.class, "need", form.need());
		TripOrder order = new TripOrder(form.residentId(), form.hospitalCode(), need, form.readyAt(),
				new PatientNeeds(Boolean.TRUE.equals(form.wheelchair()), Boolean.TRUE.equals(form.stretcher()),
						Boolean.TRUE.equals(form.companion()), Boolean.TRUE.equals(form.oxygen())),
				form.priority() == null ? MedicalRequests.priority(need) : form.priority(), form.escort(), null, null);
		return transfers.requestTrip(order, caller.scope(), caller.actor());
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	TripView assign(@PathVariable long id, @RequestBody Assignment body) {
		return transfers.assign(id, body.vehicleId(), caller.trips(), caller.actor());
	}

	@PostMapping("/{id}/advance")
	@PreAuthorize(MedicalPolicy.TRIP_USERS)
	TripView advance(@PathVariable long id, @RequestBody Step body) {
		TripStatus to = EnumInput.parse(TripStatus.class, "to", body.to());
		return transfers.advance(id, caller.mayStep(to), body.note(), caller.trips(), caller.actor());
	}

	@PostMapping("/{id}/reroute")
	@PreAuthorize(MedicalPolicy.DISPATCH)
	TripView reroute(@PathVariable long id, @RequestBody Reroute body) {
		return transfers.reroute(id, body.hospitalCode(), caller.trips(), caller.actor());
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "TripAssignment")
	record Assignment(Long vehicleId) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "TripStepRequest")
	record Step(String to, String note) {
	}

	record Reroute(String hospitalCode) {
	}

	record NewTripForm(Long residentId, String hospitalCode, String need, Instant readyAt, Integer priority,
			Boolean wheelchair, Boolean stretcher, Boolean companion, Boolean oxygen, String escort) {
	}
}
