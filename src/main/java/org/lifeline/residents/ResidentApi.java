package org.lifeline.residents;

import java.util.List;
import java.util.Map;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.Territory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ResidentApi {

	private final ResidentRegistry registry;

	private final Territory territory;

	ResidentApi(ResidentRegistry registry, Territory territory) {
		this.registry = registry;
		this.territory = territory;
	}

	@GetMapping("/api/v1/residents")
	PageResult<ResidentView> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String territory, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return registry.search(q, this.territory.scopeOf(territory), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/residents/{id}")
	ResidentView resident(@PathVariable long id) {
		return registry.byId(id, territory.scopeOf(null));
	}

	@PostMapping("/api/v1/residents")
	@ResponseStatus(HttpStatus.CREATED)
	ResidentView register(@RequestBody NewResident resident) {
		return registry.register(resident, territory.scopeOf(null));
	}

	@PatchMapping("/api/v1/residents/{id}")
	ResidentView change(@PathVariable long id, @RequestBody Map<String, Object> body) {
		return registry.change(id, ResidentPatch.of(body), territory.scopeOf(null));
	}

	@GetMapping("/api/v1/households")
	PageResult<HouseholdView> households(@RequestParam(required = false) String territory,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return registry.households(this.territory.scopeOf(territory), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/households/{id}")
	HouseholdDetail household(@PathVariable long id) {
		return new HouseholdDetail(registry.household(id, territory.scopeOf(null)),
				registry.members(id, territory.scopeOf(null)));
	}

	record HouseholdDetail(HouseholdView household, List<ResidentView> members) {
	}
}
