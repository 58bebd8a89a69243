package org.lifeline.zones;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/zone-rule-sets")
class ZoneRuleSetApi {

	private final ZoneRuleSets ruleSets;

	ZoneRuleSetApi(ZoneRuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	@GetMapping
	List<ZoneRuleSet> all() {
		return ruleSets.all();
	}

	/** City command switches the rule set; every unit is recomputed by it at once. */
	@PutMapping("/active")
	@PreAuthorize("hasAnyRole('CITY_COMMAND', 'ADMINISTRATOR')")
	Activated activate(@RequestBody Activation activation) {
		ZoneRecomputation.Outcome outcome = ruleSets.activate(activation.name());
		return new Activated(ruleSets.active(), outcome.changes());
	}

	record Activation(String name) {
	}

	record Activated(ZoneRuleSet active, int changes) {
	}
}
