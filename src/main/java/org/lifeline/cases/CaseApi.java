package org.lifeline.cases;

import java.util.List;
import java.util.Map;

import org.lifeline.shared.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Cases over the JSON API: report, list by status and territory, one case with its lifecycle, convert. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

	static final int MAX_LIST = 500;

	private final CaseReports reports;

	private final CaseQueries queries;

	private final ClearDaily clearDaily;

	private final CaseCaller caller;

	CaseApi(CaseReports reports, CaseQueries queries, ClearDaily clearDaily, CaseCaller caller) {
		this.reports = reports;
		this.queries = queries;
		this.clearDaily = clearDaily;
		this.caller = caller;
	}

	@PostMapping
	@PreAuthorize(CaseCaller.REPORTERS)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> report(@RequestBody CaseForm form) {
		CaseView reported = reports.report(form.toNewCase(caller.source()), caller.reportScope(), caller.actor());
		return Map.of("id", reported.id(), "status", reported.status());
	}

	@GetMapping
	@PreAuthorize(CaseCaller.READERS)
	PageResult<CaseView> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String territory) {
		CaseStatus parsed = CaseForm.parse(CaseStatus.class, "status", status, false);
		List<CaseView> items = queries.list(parsed, caller.within(territory), MAX_LIST);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/backlog")
	@PreAuthorize(CaseCaller.READERS)
	Backlog backlog(@RequestParam(required = false) String territory) {
		return clearDaily.backlog(caller.within(territory));
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseCaller.READERS)
	CaseView one(@PathVariable long id) {
		return queries.byId(id, caller.within(null));
	}

	@PostMapping("/{id}/convert")
	@PreAuthorize(CaseCaller.REPORTERS)
	Map<String, Object> convert(@PathVariable long id) {
		CaseView converted = reports.convert(id, caller.reportScope(), caller.actor());
		return Map.of("id", converted.id(), "status", converted.status(), "type", converted.type(), "convertedOn",
				converted.convertedOn());
	}
}
