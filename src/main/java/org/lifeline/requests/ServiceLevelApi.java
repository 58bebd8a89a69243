package org.lifeline.requests;

import java.util.List;

import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The service levels: anyone signed in may read them, city command changes them. */
@RestController
class ServiceLevelApi {

	private final ServiceLevels levels;

	private final CurrentScope scope;

	ServiceLevelApi(ServiceLevels levels, CurrentScope scope) {
		this.levels = levels;
		this.scope = scope;
	}

	@GetMapping("/api/v1/service-levels")
	List<ServiceLevel> levels() {
		return levels.all();
	}

	@PutMapping("/api/v1/service-levels")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND')")
	List<ServiceLevel> change(@RequestBody List<ServiceLevelChange> changes) {
		return levels.change(changes, scope.actor());
	}
}
