package org.lifeline.territory;

import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.UploadedTable;
import org.springframework.http.HttpStatus;
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

	private final Territory territory;

	TerritoryImportApi(TerritoryImport territoryImport, Territory territory) {
		this.territoryImport = territoryImport;
		this.territory = territory;
	}

	@PostMapping(path = "/api/v1/imports/territory", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) {
		try (UploadedTable table = UploadedTable.of(file)) {
			ImportReport report = territoryImport.run(table.path(), dryRun, territory.scopeOf(null));
			return ResponseEntity.status(report.allAccepted() || dryRun ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(report);
		}
	}
}
