package org.lifeline.screening.sampling;

import org.lifeline.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tubes over the JSON API, one closed tube per call as the sampler's page sends them: 201 once stored, 200 with
 * the stored tube for a resend of the same scan id, a 4xx problem naming the refused code, 503 when busy. The
 * sampler's page posts to the same use case under its own path, signed in by its session.
 */
@RestController
class TubeApi {

	private final TubeScans scans;

	private final CurrentUser user;

	TubeApi(TubeScans scans, CurrentUser user) {
		this.scans = scans;
		this.user = user;
	}

	@PostMapping({ "/api/v1/screening/rounds/{id}/tubes", SamplerPages.TUBES })
	@PreAuthorize("hasAnyRole('SAMPLER', 'COMMITTEE_STAFF', 'STREET_TASK_FORCE', 'DISTRICT_COMMAND', 'ADMINISTRATOR')")
	ResponseEntity<SampledTube> sample(@PathVariable long id, @RequestBody TubeScan scan) {
		TubeRound.Answer answer = scans.sample(id, scan, user.actor(), user.scope());
		return ResponseEntity.status(answer.resent() ? HttpStatus.OK : HttpStatus.CREATED).body(answer.tube());
	}
}
