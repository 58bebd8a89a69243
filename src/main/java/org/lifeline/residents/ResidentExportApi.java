package org.lifeline.residents;

import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.shared.spreadsheet.ExportedTable;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.web.Attachment;
import org.lifeline.territory.CurrentScope;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Download of the residents of a territory node as XLSX or CSV in the import layout. Exports carry unmasked
 * personal data, so each one is an audited action with a reason.
 */
@RestController
class ResidentExportApi {

	private final ResidentExport export;

	private final CurrentScope scope;

	private final PersonalDataAccess personalData;

	private final Territory territory;

	ResidentExportApi(ResidentExport export, CurrentScope scope, PersonalDataAccess personalData, Territory territory) {
		this.export = export;
		this.scope = scope;
		this.personalData = personalData;
		this.territory = territory;
	}

	@GetMapping("/api/v1/exports/residents")
	ResponseEntity<StreamingResponseBody> residents(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String format, @RequestParam(required = false) String reason) {
		TerritoryScope exported = scope.within(territory);
		ExportedTable table = export.residents(territory, TabularFormat.parse(format), scope.scope());
		Long district = exported.isEverything() || exported.ids().size() != 1 ? null
				: this.territory.findById(exported.nodeId()).map(TerritoryNode::districtId).orElse(null);
		personalData.export("RESIDENTS", exported.code(), district, reason);
		return Attachment.of(table.filename(), table.format().mediaType(), table.body()::writeTo);
	}
}
