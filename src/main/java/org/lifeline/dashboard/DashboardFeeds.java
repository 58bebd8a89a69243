package org.lifeline.dashboard;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data the dashboard page draws its trend charts from, beside the page so the signed-in browser's session
 * reaches it: the same trend as {@code GET /api/v1/dashboard/{code}/trend}, which takes tokens only.
 */
@RestController
class DashboardFeeds {

	private final DashboardCaller caller;

	private final Trends trends;

	DashboardFeeds(DashboardCaller caller, Trends trends) {
		this.caller = caller;
		this.trends = trends;
	}

	@GetMapping("/dashboard/{code}/trend.json")
	@PreAuthorize(DashboardCaller.READERS)
	Trend trend(@PathVariable String code, @RequestParam(defaultValue = "30") int days) {
		return trends.of(caller.node(code), days);
	}
}
