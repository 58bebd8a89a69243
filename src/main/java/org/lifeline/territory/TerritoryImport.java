package org.lifeline.territory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.ImportReport.Rejection;
import org.lifeline.shared.staging.StagingFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports territory nodes (districts down to buildings) from a CSV or XLSX file, all or nothing: parents come
 * earlier in the file or exist already; a file with any rejected row saves nothing. A dry run only checks.
 */
@Service
public class TerritoryImport {

	private final TerritoryRepository nodes;

	private final TerritoryImportStaging staging;

	TerritoryImport(TerritoryRepository nodes, TerritoryImportStaging staging) {
		this.nodes = nodes;
		this.staging = staging;
	}

	@Transactional
	public ImportReport run(Path file, boolean dryRun, TerritoryScope scope) {
		try (StagingFile rows = StagingFile.create()) {
			TerritoryImportCheck check = new TerritoryImportCheck(nodes, scope, rows);
			check.readFrom(file);
			check.finish();
			if (!check.headerAccepted()) {
				return new ImportReport(0, check.rejected());
			}
			staging.load(rows);
			List<Rejection> taken = staging.alreadyRegistered(check.label(TerritoryColumns.CODE));
			List<Rejection> rejected = new ArrayList<>(check.rejected());
			rejected.addAll(taken);
			ImportReport report = new ImportReport(rows.rows() - taken.size(), rejected);
			if (!dryRun && report.allAccepted()) {
				long added = staging.merge();
				if (added != report.accepted()) {
					throw new IllegalStateException("import placed " + added + " of " + report.accepted() + " nodes");
				}
			}
			return report;
		}
	}
}
