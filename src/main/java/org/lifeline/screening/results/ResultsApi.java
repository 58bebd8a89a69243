package org.lifeline.screening.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lifeline.screening.LabResult;
import org.lifeline.screening.LabResults;
import org.lifeline.screening.ResultReport;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.CurrentScope;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Labs post tube results as JSON or as a file (CSV, XLSX, FHIR R4 JSON), and list their own uploads. */
@RestController
@PreAuthorize(ResultsApi.LABS)
class ResultsApi {

	static final String LABS = "hasAnyRole('LAB', 'ADMINISTRATOR')";

	private final LabResults results;

	private final UploadHistory uploads;

	private final CurrentScope scope;

	ResultsApi(LabResults results, UploadHistory uploads, CurrentScope scope) {
		this.results = results;
		this.uploads = uploads;
		this.scope = scope;
	}

	@PostMapping(path = "/api/v1/screening/results", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResultReport report(@RequestBody ResultsBody body) {
		return results.report(body.results(), scope.actor());
	}

	@PostMapping(path = "/api/v1/screening/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResultReport upload(@RequestParam(name = "file", required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "upload a non-empty CSV, XLSX or FHIR JSON file in the field 'file'",
					"problem.screening.uploadFile");
		}
		Path copy = null;
		try {
			copy = Files.createTempFile("lifeline-results-", ".upload");
			file.transferTo(copy);
			return results.upload(copy, scope.actor());
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not store the upload", e);
		}
		finally {
			delete(copy);
		}
	}

	@GetMapping("/api/v1/screening/results/uploads")
	List<UploadHistory.Upload> uploads(@RequestParam(required = false) Integer limit) {
		return uploads.of(scope.actor(), limit == null ? 50 : Math.max(1, Math.min(limit, 500)));
	}

	private static void delete(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			path.toFile().deleteOnExit();
		}
	}

	record ResultsBody(List<LabResult> results) {
	}
}
