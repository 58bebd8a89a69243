package org.lifeline.residents;

import java.util.List;
import java.util.Map;

import org.lifeline.shared.EnumInput;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.territory.CurrentScope;
import org.springframework.beans.factory.ObjectProvider;
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

	private final CurrentScope scope;

	private final PersonalDataAccess personalData;

	private final ObjectProvider<ResidentStatusSource> statuses;

	ResidentApi(ResidentRegistry registry, CurrentScope scope, PersonalDataAccess personalData,
			ObjectProvider<ResidentStatusSource> statuses) {
		this.registry = registry;
		this.scope = scope;
		this.personalData = personalData;
		this.statuses = statuses;
	}

	@GetMapping("/api/v1/residents")
	PageResult<ResidentView> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) String tag, @RequestParam(required = false) String territory,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		VulnerabilityTag wanted = EnumInput.parse(VulnerabilityTag.class, "tag", tag);
		return registry.search(q, wanted, scope.within(territory), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/residents/{id}")
	ResidentDetail resident(@PathVariable long id) {
		ResidentView resident = registry.byId(id, scope.scope());
		ResidentStatusSource source = statuses.getIfAvailable();
		return new ResidentDetail(resident, source == null ? "CLEAR" : source.screeningStatusOf(id));
	}

	@PostMapping("/api/v1/residents/{id}/reveal")
	ResidentView reveal(@PathVariable long id, @RequestBody(required = false) RevealRequest request) {
		ResidentView resident = registry.byId(id, scope.scope());
		personalData.reveal("RESIDENT", String.valueOf(id), registry.districtOf(id),
				request == null ? null : request.reason());
		return resident;
	}

	@PostMapping("/api/v1/residents")
	@ResponseStatus(HttpStatus.CREATED)
	ResidentView register(@RequestBody NewResident resident) {
		return registry.register(resident, scope.scope());
	}

	@PatchMapping("/api/v1/residents/{id}")
	ResidentView change(@PathVariable long id, @RequestBody Map<String, Object> body) {
		return registry.change(id, ResidentPatch.of(body), scope.scope());
	}

	@GetMapping("/api/v1/households")
	PageResult<HouseholdView> households(@RequestParam(required = false) String territory,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return registry.households(scope.within(territory), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/households/{id}")
	HouseholdDetail household(@PathVariable long id) {
		return new HouseholdDetail(registry.household(id, scope.scope()),
				registry.members(id, scope.scope()));
	}

	record RevealRequest(String reason) {
	}

	/** A resident with their screening status (CLEAR, AWAITING_RECHECK, POSITIVE). */
	record ResidentDetail(@com.fasterxml.jackson.annotation.JsonUnwrapped ResidentView resident, String screeningStatus) {
	}

	record HouseholdDetail(HouseholdView household, List<ResidentView> members) {
	}
}
