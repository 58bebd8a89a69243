package org.lifeline.screening.coverage;

import java.util.List;
import java.util.Optional;

import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.screening.RoundCoverage;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.web.Attachment;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.CurrentScope;
import org.lifeline.territory.TerritoryScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The committee's screening page: the latest round's coverage in their scope (or a round picked by id), per
 * building, the missing residents by building and room with their phones to call them down (masked unless the role
 * needs them), and the audited XLSX download of that list.
 */
@PageController
@PreAuthorize(CoverageApi.STAFF)
class CoveragePages {

	private final RoundCoverage coverage;

	private final MissingList missing;

	private final CurrentScope scope;

	private final PersonalDataAccess personalData;

	CoveragePages(RoundCoverage coverage, MissingList missing, CurrentScope scope, PersonalDataAccess personalData) {
		this.coverage = coverage;
		this.missing = missing;
		this.scope = scope;
		this.personalData = personalData;
	}

	@GetMapping("/screening")
	String page(@RequestParam(required = false) Long round, @RequestParam(required = false) String territory,
			Model model) {
		TerritoryScope within = scope.within(territory);
		Optional<Long> shown = round != null ? Optional.of(round) : coverage.latest(within).map(RoundCoverage.LatestRound::roundId);
		model.addAttribute("territory", territory);
		if (shown.isPresent()) {
			long id = shown.get();
			model.addAttribute("roundId", id);
			model.addAttribute("roundDate", coverage.roundDate(id, within));
			model.addAttribute("total", coverage.coverage(id, within));
			model.addAttribute("buildings", coverage.buildings(id, within));
			List<MissingList.Callee> callees = missing.callees(id, within);
			model.addAttribute("callees", callees.subList(0, Math.min(callees.size(), 500)));
			model.addAttribute("calleesTotal", callees.size());
		}
		return "screening/results/coverage";
	}

	@GetMapping("/screening/rounds/{id}/missing.xlsx")
	@ResponseBody
	ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(required = false) String territory,
			@RequestParam(required = false) String reason) throws java.io.IOException {
		if (reason == null || reason.isBlank()) {
			throw MissingExportApi.reasonRequired();
		}
		TerritoryScope within = scope.within(territory);
		coverage.roundDate(id, within);
		List<MissingList.Callee> callees = missing.callees(id, within);
		personalData.export("SCREENING_MISSING", "round " + id + " " + within.code(), null, reason);
		return Attachment.of("missing-round-" + id + ".xlsx", TabularFormat.XLSX.mediaType(),
				MissingExportApi.workbook(TabularFormat.XLSX, callees));
	}
}
