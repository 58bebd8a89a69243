package org.lifeline.zones;

import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zones")
class ZoneApi {

	private final Zoning zoning;

	private final CurrentScope scope;

	ZoneApi(Zoning zoning, CurrentScope scope) {
		this.zoning = zoning;
		this.scope = scope;
	}

	@GetMapping("/{compoundCode}")
	CompoundZone zone(@PathVariable String compoundCode) {
		return zoning.zoneOf(compoundCode, scope.scope());
	}

	@PutMapping("/{compoundCode}")
	@PreAuthorize("hasAnyRole('DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')")
	CompoundZone setZone(@PathVariable String compoundCode, @RequestBody ZoneChange change) {
		return zoning.setZone(compoundCode, change.zone(), change.reason(), scope.actor(), scope.scope());
	}

	record ZoneChange(Zone zone, String reason) {
	}
}
