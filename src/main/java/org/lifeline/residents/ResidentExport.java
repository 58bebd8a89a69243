package org.lifeline.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.spreadsheet.ExportedTable;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.spreadsheet.TabularWriter;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports the residents of a territory node and everything below it in the import layout with Chinese headers, so
 * an export imports again as it is. Rows stream from the database to the client; nothing is held in memory.
 */
@Service
public class ResidentExport {

	private final Territory territory;

	private final ResidentExportRows rows;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	ResidentExport(Territory territory, ResidentExportRows rows, PlatformTransactionManager transactions, Clock clock) {
		this.territory = territory;
		this.rows = rows;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * The residents of the node with this code (the caller's whole scope when none is given) as a file. A node that
	 * is unknown or outside the caller's scope is not found.
	 */
	public ExportedTable residents(String territoryCode, TabularFormat format, TerritoryScope scope) {
		TerritoryScope exported = scope;
		if (territoryCode != null && !territoryCode.isBlank()) {
			TerritoryNode node = territory.byCode(territoryCode);
			if (!scope.contains(node)) {
				throw new NotFoundException("territory node", territoryCode);
			}
			exported = node.scope();
		}
		String filename = "residents-" + exported.code() + "-"
				+ LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE) + "." + format.extension();
		TerritoryScope what = exported;
		return new ExportedTable(filename, format, out -> {
			try (TabularWriter writer = TabularWriter.open(format, out, "居民")) {
				writer.row(ResidentColumns.chineseHeaders());
				readOnly.executeWithoutResult(status -> rows.write(what, writer));
			}
		});
	}
}
