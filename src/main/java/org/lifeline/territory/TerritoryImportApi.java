package org.lifeline.territory;

import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.ImportUpload;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of a territory file: a dry run lists the bad rows; a real import with any bad row answers 422. */
@RestController
class TerritoryImportApi {

	private final TerritoryImport territoryImport;

	private final CurrentScope scope;

	TerritoryImportApi(TerritoryImport territoryImport, CurrentScope scope) {
		this.territoryImport = territoryImport;
		this.scope = scope;
	}

	@PreAuthorize("hasAnyRole('DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')")
	@PostMapping(path = "/api/v1/imports/territory", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) {
		return ImportUpload.run(file, dryRun, path -> territoryImport.run(path, dryRun, scope.scope()));
	}
}
