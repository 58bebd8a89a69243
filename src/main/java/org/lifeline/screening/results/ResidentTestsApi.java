package org.lifeline.screening.results;

import java.util.List;
import java.util.Map;

import org.lifeline.screening.ResidentTests;
import org.lifeline.territory.CurrentScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A resident's tests with their results, for the resident themselves and for staff in scope. */
@RestController
class ResidentTestsApi {

	private final ResidentTests tests;

	private final CurrentScope scope;

	ResidentTestsApi(ResidentTests tests, CurrentScope scope) {
		this.tests = tests;
		this.scope = scope;
	}

	@GetMapping("/api/v1/residents/{id}/tests")
	Map<String, List<ResidentTests.TestEntry>> tests(@PathVariable long id) {
		return Map.of("items", tests.of(id, scope.scope()));
	}
}
