package org.lifeline.residents;

import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.spreadsheet.ExportedTable;
import org.lifeline.shared.spreadsheet.ImportUpload;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.web.Attachment;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.CurrentScope;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The clerk's page for resident files of a territory node: upload a register (checked first, then saved all or
 * nothing) and download the node's residents as XLSX or CSV, an audited action with a reason.
 */
@PageController
@PreAuthorize("hasAnyRole('COMMITTEE_STAFF', 'STREET_TASK_FORCE', 'DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')")
class ResidentFilePages {

	private final ResidentImport residentImport;

	private final ResidentExport export;

	private final PersonalDataAccess personalData;

	private final CurrentScope scope;

	private final Territory territory;

	ResidentFilePages(ResidentImport residentImport, ResidentExport export, PersonalDataAccess personalData,
			CurrentScope scope, Territory territory) {
		this.residentImport = residentImport;
		this.export = export;
		this.personalData = personalData;
		this.scope = scope;
		this.territory = territory;
	}

	@GetMapping("/residents/files")
	String files(@RequestParam(required = false) String territory, Model model) {
		model.addAttribute("node", node(territory));
		return "residents/files";
	}

	@PostMapping("/residents/files/import")
	String upload(@RequestParam(required = false) String territory,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Model model) {
		model.addAttribute("node", node(territory));
		ImportUpload.intoModel(file, dryRun, path -> residentImport.run(path, dryRun, scope.scope()), model);
		return "residents/files";
	}

	@GetMapping("/residents/files/export")
	ResponseEntity<StreamingResponseBody> download(@RequestParam String territory,
			@RequestParam(required = false) String format, @RequestParam String reason) {
		if (reason.isBlank()) {
			throw new InvalidInputException("reason", "give a reason for the export", "problem.residents.exportReason");
		}
		TerritoryNode node = node(territory);
		ExportedTable table = export.residents(node.code(), TabularFormat.parse(format), scope.scope());
		personalData.export("RESIDENTS", node.code(), node.districtId(), reason);
		return Attachment.of(table.filename(), table.format().mediaType(), table.body()::writeTo);
	}

	private TerritoryNode node(String code) {
		TerritoryScope within = scope.within(code);
		return within.isEverything() ? territory.city() : territory.byId(within.nodeId());
	}
}
