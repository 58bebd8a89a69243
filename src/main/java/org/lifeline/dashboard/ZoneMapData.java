package org.lifeline.dashboard;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The GeoJSON the map page loads, on the page's own signed-in session (the JSON API takes no cookies): the same
 * answers as {@code /api/v1/map/{code}} and its outlines.
 */
@RestController
class ZoneMapData {

	private final MapAnswers answers;

	ZoneMapData(MapAnswers answers) {
		this.answers = answers;
	}

	@GetMapping("/dashboard/{code}/map.geojson")
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<byte[]> map(@PathVariable String code, @RequestParam(required = false) String level,
			@RequestParam(required = false) String bbox, WebRequest request) {
		return answers.map(code, level, bbox, request);
	}

	@GetMapping("/dashboard/{code}/outlines.geojson")
	@PreAuthorize(DashboardCaller.READERS)
	ResponseEntity<String> outlines(@PathVariable String code) {
		return answers.outlines(code);
	}
}
