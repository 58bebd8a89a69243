package org.lifeline.screening.rechecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.lifeline.screening.AntigenSelfTests;
import org.lifeline.residents.ResidentStatusSource;
import org.lifeline.territory.CurrentScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A resident (or the committee for them) reports an antigen self-test with a photo of the cassette. */
@RestController
class AntigenApi {

	static final String PEOPLE = "hasAnyRole('RESIDENT', 'VOLUNTEER', 'COMMITTEE_STAFF', 'STREET_TASK_FORCE', 'ADMINISTRATOR')";

	private final AntigenSelfTests antigen;

	private final ResidentStatusSource statuses;

	private final CurrentScope scope;

	AntigenApi(AntigenSelfTests antigen, ResidentStatusSource statuses, CurrentScope scope) {
		this.antigen = antigen;
		this.statuses = statuses;
		this.scope = scope;
	}

	@PostMapping("/api/v1/residents/{id}/antigen-tests")
	@PreAuthorize(PEOPLE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> report(@PathVariable long id, @RequestParam(required = false) String result,
			@RequestParam(required = false) String takenAt, @RequestParam(required = false) MultipartFile photo) {
		long test = antigen.report(id, result, antigen.takenAt(takenAt), new AntigenSelfTests.Photo(bytes(photo)),
				scope.scope(), scope.actor());
		return Map.of("id", test, "residentId", id, "result", result.strip().toUpperCase(java.util.Locale.ROOT),
				"screeningStatus", statuses.screeningStatusOf(id));
	}

	static byte[] bytes(MultipartFile photo) {
		try {
			return photo == null ? null : photo.getBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
