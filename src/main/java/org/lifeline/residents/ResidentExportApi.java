package org.lifeline.residents;

import java.nio.charset.StandardCharsets;

import org.lifeline.shared.spreadsheet.ExportedTable;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.territory.Territory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Download of the residents of a territory node as XLSX or CSV in the import layout. */
@RestController
class ResidentExportApi {

	private final ResidentExport export;

	private final Territory territory;

	ResidentExportApi(ResidentExport export, Territory territory) {
		this.export = export;
		this.territory = territory;
	}

	@GetMapping("/api/v1/exports/residents")
	ResponseEntity<StreamingResponseBody> residents(@RequestParam(required = false) String territory,
			@RequestParam(required = false) String format) {
		ExportedTable table = export.residents(territory, TabularFormat.parse(format), this.territory.scopeOf(null));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(table.filename(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.parseMediaType(table.format().mediaType()))
			.body(table.body()::writeTo);
	}
}
