package org.lifeline.zones;

import java.time.LocalDate;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zones")
class ZoneApi {

	private final Zoning zoning;

	private final ZoneListing listing;

	private final CurrentScope scope;

	ZoneApi(Zoning zoning, ZoneListing listing, CurrentScope scope) {
		this.zoning = zoning;
		this.listing = listing;
		this.scope = scope;
	}

	@GetMapping
	PageResult<ZoneListing.UnitZone> units(@RequestParam(required = false) String territory,
			@RequestParam(required = false) Zone zone, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return listing.units(scope.within(territory), zone, PageRequest.of(page, size));
	}

	@GetMapping("/{compoundCode}")
	CompoundZone zone(@PathVariable String compoundCode) {
		return zoning.zoneOf(compoundCode, scope.scope());
	}

	@PostMapping("/{compoundCode}/override")
	@PreAuthorize("hasAnyRole('DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')")
	CompoundZone override(@PathVariable String compoundCode, @RequestBody OverrideForm form) {
		return zoning.override(compoundCode, form.zone(), form.reason(), form.until(), scope.actor(), scope.scope());
	}

	/** The earlier way to set a zone by hand: now an override for the active rule set's sealed period. */
	@PutMapping("/{compoundCode}")
	@PreAuthorize("hasAnyRole('DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')")
	CompoundZone setZone(@PathVariable String compoundCode, @RequestBody ZoneChange change) {
		return zoning.setZone(compoundCode, change.zone(), change.reason(), scope.actor(), scope.scope());
	}

	record OverrideForm(Zone zone, String reason, LocalDate until) {
	}

	record ZoneChange(Zone zone, String reason) {
	}
}
