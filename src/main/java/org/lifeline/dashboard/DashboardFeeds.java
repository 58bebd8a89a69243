package org.lifeline.dashboard;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The data the dashboard and map pages draw from, beside the pages so the signed-in browser's session reaches it:
 * the same trend as {@code GET /api/v1/dashboard/{code}/trend} and the same zone map and outlines as
 * {@code GET /api/v1/map/{code}}, which take tokens only.
 */
@RestController
class DashboardFeeds {

	private final DashboardCaller caller;

	private final Trends trends;

	private final MapAnswers maps;

	DashboardFeeds(DashboardCaller caller, Trends trends, MapAnswers maps) {
		this.caller = caller;
		this.trends = trends;
		this.maps = maps;
	}

	@GetMapping("/dashboard/{code}/trend.json")
	@PreAuthorize(DashboardCaller.READERS)
	Trend trend(@PathVariable String code, @RequestParam(defaultValue = "30") int days) {
		return trends.of(caller.node(code), days);
	}

	@GetMapping("/dashboard/{code}/map.geojson")
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<byte[]> map(@PathVariable String code, @RequestParam(required = false) String level,
			@RequestParam(required = false) String bbox, WebRequest request) {
		return maps.map(code, level, bbox, request);
	}

	@GetMapping("/dashboard/{code}/outlines.geojson")
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<String> outlines(@PathVariable String code) {
		return maps.outlines(code);
	}
}
