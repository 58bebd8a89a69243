package org.lifeline.screening.coverage;

import java.util.List;

import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.screening.RoundCoverage;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.spreadsheet.TabularWriter;
import org.lifeline.shared.web.Attachment;
import org.lifeline.territory.CurrentScope;
import org.lifeline.territory.TerritoryScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The missing list of a round as XLSX (or CSV) with names and phones for the call-down. It carries unmasked phone
 * numbers, so each download is an audited export with a reason.
 */
@RestController
class MissingExportApi {

	private final MissingList missing;

	private final RoundCoverage coverage;

	private final CurrentScope scope;

	private final PersonalDataAccess personalData;

	MissingExportApi(MissingList missing, RoundCoverage coverage, CurrentScope scope, PersonalDataAccess personalData) {
		this.missing = missing;
		this.coverage = coverage;
		this.scope = scope;
		this.personalData = personalData;
	}

	@GetMapping("/api/v1/screening/rounds/{id}/missing/export")
	@PreAuthorize(CoverageApi.STAFF)
	ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(required = false) String territory,
			@RequestParam(required = false) String format, @RequestParam(required = false) String reason)
			throws java.io.IOException {
		if (reason == null || reason.isBlank()) {
			throw reasonRequired();
		}
		TabularFormat tabular = TabularFormat.parse(format);
		TerritoryScope exported = scope.within(territory);
		coverage.roundDate(id, exported);
		List<MissingList.Callee> callees = missing.callees(id, exported);
		personalData.export("SCREENING_MISSING", "round " + id + " " + exported.code(), null, reason);
		String filename = "missing-round-" + id + "-" + exported.code() + "." + tabular.extension();
		return Attachment.of(filename, tabular.mediaType(), workbook(tabular, callees));
	}

	static byte[] workbook(TabularFormat format, List<MissingList.Callee> callees) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (TabularWriter writer = TabularWriter.open(format, out, "未采样")) {
			writer.row(List.of("楼栋 building", "房间 room", "姓名 name", "电话 phone", "居民编号 resident_id"));
			for (MissingList.Callee c : callees) {
				writer.row(List.of(c.building(), c.room(), c.name(), c.phone() == null ? "" : c.phone(),
						String.valueOf(c.residentId())));
			}
		}
		return out.toByteArray();
	}

	/** The export of phone numbers is audited: it needs its reason. */
	static InvalidInputException reasonRequired() {
		return new InvalidInputException("reason", "say why the missing list with phone numbers is exported",
				"problem.screening.exportReason");
	}
}
