package org.lifeline.shared.spreadsheet;

import java.nio.file.Path;
import java.util.function.Function;

import org.lifeline.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

/**
 * The one way every import is run from an upload: the uploaded file is kept for the import and deleted after it.
 * Over the API a dry run answers 200 with the report, a real import 200 when saved and 422 with the same report
 * when any row was rejected (and nothing saved); on a page the report, or what is wrong with the file, goes into
 * the model for the {@code web/imports} fragments.
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

	/** Runs the import for a page and puts {@code importReport} and {@code importDryRun}, or {@code importProblem}. */
	public static void intoModel(MultipartFile file, boolean dryRun, Function<Path, ImportReport> importer,
			Model model) {
		try (UploadedTable table = UploadedTable.of(file)) {
			model.addAttribute("importReport", importer.apply(table.path()));
			model.addAttribute("importDryRun", dryRun);
		}
		catch (InvalidInputException e) {
			model.addAttribute("importProblem", e);
		}
	}
}
