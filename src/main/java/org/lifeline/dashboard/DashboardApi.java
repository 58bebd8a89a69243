package org.lifeline.dashboard;

import org.lifeline.territory.TerritoryNode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** The command summaries, their trend and the zone map over the JSON API. */
@RestController
class DashboardApi {

	private final DashboardCaller caller;

	private final Dashboards dashboards;

	private final Trends trends;

	private final MapAnswers answers;

	private final MapOutlines outlines;

	DashboardApi(DashboardCaller caller, Dashboards dashboards, Trends trends, MapAnswers answers, MapOutlines outlines) {
		this.caller = caller;
		this.dashboards = dashboards;
		this.trends = trends;
		this.answers = answers;
		this.outlines = outlines;
	}

	@GetMapping("/api/v1/dashboard/{territoryCode}")
	@PreAuthorize(DashboardCaller.READERS)
	Dashboard dashboard(@PathVariable String territoryCode) {
		return dashboards.of(caller.node(territoryCode));
	}

	@GetMapping("/api/v1/dashboard/{territoryCode}/trend")
	@PreAuthorize(DashboardCaller.READERS)
	Trend trend(@PathVariable String territoryCode, @RequestParam(defaultValue = "30") int days) {
		return trends.of(caller.node(territoryCode), days);
	}

	/**
	 * The zone map: {@code level} (street, committee or compound; default street for a city or district,
	 * compound below) and {@code bbox} (west,south,east,north: the compounds in it). Answers 304 while the figures
	 * are those of the ETag the caller already has.
	 */
	@GetMapping("/api/v1/map/{territoryCode}")
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<byte[]> map(@PathVariable String territoryCode, @RequestParam(required = false) String level,
			@RequestParam(required = false) String bbox, WebRequest request) {
		return answers.map(territoryCode, level, bbox, request);
	}

	@GetMapping("/api/v1/map/{territoryCode}/outlines")
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<String> outlines(@PathVariable String territoryCode) {
		return answers.outlines(territoryCode);
	}

	@PutMapping("/api/v1/map/{territoryCode}/outlines")
	@PreAuthorize(DashboardCaller.OUTLINE_WRITERS)
	ResponseEntity<Void> uploadOutlines(@PathVariable String territoryCode, @RequestBody(required = false) String geojson) {
		TerritoryNode node = caller.node(territoryCode);
		outlines.upload(node, geojson, caller.actor());
		return ResponseEntity.noContent().build();
	}
}
