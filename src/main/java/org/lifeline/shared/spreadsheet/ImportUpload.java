package org.lifeline.shared.spreadsheet;

import java.nio.file.Path;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one way every import endpoint answers: the uploaded file is kept for the import and deleted after it; a dry
 * run answers 200 with the report, a real import 200 when saved and 422 with the same report when any row was
 * rejected (and nothing saved).
 */
public final class ImportUpload {

	private ImportUpload() {
	}

	public static ResponseEntity<ImportReport> run(MultipartFile file, boolean dryRun,
			Function<Path, ImportReport> importer) {
		try (UploadedTable table = UploadedTable.of(file)) {
			ImportReport report = importer.apply(table.path());
			return ResponseEntity.status(report.allAccepted() || dryRun ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
				.body(report);
		}
	}
}
