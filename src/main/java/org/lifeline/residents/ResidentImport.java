package org.lifeline.residents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.ImportReport.Rejection;
import org.lifeline.shared.staging.StagingFile;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports residents from a CSV or XLSX file in the layout of {@link ResidentColumns}, all or nothing: every row is
 * checked first, and only a file without a rejected row is saved, in one transaction, creating buildings and
 * households as needed (compounds must exist within the caller's scope). A dry run only checks.
 */
@Service
public class ResidentImport {

	private final Territory territory;

	private final ResidentImportStaging staging;

	private final Clock clock;

	ResidentImport(Territory territory, ResidentImportStaging staging, Clock clock) {
		this.territory = territory;
		this.staging = staging;
		this.clock = clock;
	}

	@Transactional
	public ImportReport run(Path file, boolean dryRun, TerritoryScope scope) {
		try (StagingFile rows = StagingFile.create()) {
			ResidentImportCheck check = new ResidentImportCheck(territory, scope, LocalDate.now(clock), rows);
			check.readFrom(file);
			if (!check.headerAccepted()) {
				return new ImportReport(0, check.rejected());
			}
			staging.load(rows);
			List<Rejection> duplicates = staging.duplicates(check.label(ResidentColumns.ID_NUMBER));
			List<Rejection> rejected = new ArrayList<>(check.rejected());
			rejected.addAll(duplicates);
			long accepted = rows.rows() - rejected.stream().map(Rejection::line).distinct().count();
			ImportReport report = new ImportReport(accepted, rejected);
			if (!dryRun && report.allAccepted()) {
				long added = staging.merge();
				if (added != accepted) {
					throw new IllegalStateException("import placed " + added + " of " + accepted + " residents");
				}
			}
			return report;
		}
	}
}
