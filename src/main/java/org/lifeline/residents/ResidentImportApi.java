package org.lifeline.residents;

import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.ImportUpload;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a resident file: a dry run lists the bad rows; a real import with any bad row answers 422. */
@RestController
class ResidentImportApi {

	private final ResidentImport residentImport;

	private final CurrentScope scope;

	ResidentImportApi(ResidentImport residentImport, CurrentScope scope) {
		this.residentImport = residentImport;
		this.scope = scope;
	}

	@PreAuthorize("hasAnyRole('COMMITTEE_STAFF', 'STREET_TASK_FORCE', 'DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')")
	@PostMapping(path = "/api/v1/imports/residents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) {
		return ImportUpload.run(file, dryRun, path -> residentImport.run(path, dryRun, scope.scope()));
	}
}
