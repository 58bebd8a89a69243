package org.lifeline.sanitation;

import java.util.List;

import org.lifeline.shared.PageResult;
import org.lifeline.territory.CurrentScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Parcels over the JSON API: logged at the gate by the committee, followed and confirmed by the resident. */
@RestController
class ParcelApi {

	private final Parcels parcels;

	private final CurrentScope caller;

	ParcelApi(Parcels parcels, CurrentScope caller) {
		this.parcels = parcels;
		this.caller = caller;
	}

	@PostMapping("/api/v1/sanitation/parcels")
	@PreAuthorize(SanitationApi.STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	ParcelView log(@RequestBody ParcelForm body) {
		return parcels.log(body.buildingCode(), body.room(), body.description(), caller.actor(), caller.scope());
	}

	@GetMapping("/api/v1/sanitation/parcels")
	@PreAuthorize(SanitationApi.STAFF + " or hasRole('RESIDENT')")
	PageResult<ParcelView> list(@RequestParam(required = false) String territory) {
		List<ParcelView> items = parcels.list(caller.within(territory), 200);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/api/v1/sanitation/parcels/{id}/confirm")
	@PreAuthorize("hasRole('RESIDENT')")
	ParcelView confirm(@PathVariable long id) {
		return parcels.confirm(id, caller.scope());
	}

	record ParcelForm(String buildingCode, String room, String description) {
	}
}
