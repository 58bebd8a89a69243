package org.lifeline.zones;

import org.lifeline.territory.Territory;
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

	private final Territory territory;

	ZoneApi(Zoning zoning, Territory territory) {
		this.zoning = zoning;
		this.territory = territory;
	}

	@GetMapping("/{compoundCode}")
	CompoundZone zone(@PathVariable String compoundCode) {
		return zoning.zoneOf(compoundCode, territory.scopeOf(null));
	}

	@PutMapping("/{compoundCode}")
	CompoundZone setZone(@PathVariable String compoundCode, @RequestBody ZoneChange change) {
		return zoning.setZone(compoundCode, change.zone(), change.reason(), "api", territory.scopeOf(null));
	}

	record ZoneChange(Zone zone, String reason) {
	}
}
