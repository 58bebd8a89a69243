package org.lifeline.cases;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case pages: the list of a street or district with filters, one case with its lifecycle, and the report form
 * the district, the street task force and the hospital desk use.
 */
@PageController
class CasePages {

	private final CaseReports reports;

	private final CaseQueries queries;

	private final ClearDaily clearDaily;

	private final CaseCaller caller;

	private final Clock clock;

	CasePages(CaseReports reports, CaseQueries queries, ClearDaily clearDaily, CaseCaller caller, Clock clock) {
		this.reports = reports;
		this.queries = queries;
		this.clearDaily = clearDaily;
		this.caller = caller;
		this.clock = clock;
	}

	@GetMapping("/cases")
	@PreAuthorize(CaseCaller.READERS)
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String territory,
			Model model) {
		CaseStatus parsed = CaseForm.parse(CaseStatus.class, "status", status, false);
		model.addAttribute("cases", queries.list(parsed, caller.within(territory), CaseApi.MAX_LIST));
		model.addAttribute("backlog", clearDaily.backlog(caller.within(territory)));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("status", parsed);
		model.addAttribute("territory", territory);
		return "cases/list";
	}

	@GetMapping("/cases/new")
	@PreAuthorize(CaseCaller.REPORTERS)
	String reportForm(@RequestParam(required = false) Long residentId, Model model) {
		return form(new CaseForm(residentId, null, LocalDate.now(clock).toString(), null), null, model);
	}

	@PostMapping("/cases")
	@PreAuthorize(CaseCaller.REPORTERS)
	String report(@ModelAttribute CaseForm caseForm, Model model, RedirectAttributes redirect) {
		try {
			CaseView reported = reports.report(caseForm.toNewCase(caller.source()), caller.reportScope(), caller.actor());
			redirect.addFlashAttribute("reported", reported.id());
			return caller.isHospitalDesk() ? "redirect:/cases/new" : "redirect:/cases/" + reported.id();
		}
		catch (InvalidInputException e) {
			return form(caseForm, e.field() + ": " + e.getMessage(), model);
		}
		catch (ConflictException e) {
			return form(caseForm, e.getMessage(), model);
		}
	}

	@GetMapping("/cases/{id}")
	@PreAuthorize(CaseCaller.READERS)
	String one(@PathVariable long id, Model model) {
		model.addAttribute("positive", queries.byId(id, caller.within(null)));
		return "cases/case";
	}

	@PostMapping("/cases/{id}/convert")
	@PreAuthorize(CaseCaller.REPORTERS)
	String convert(@PathVariable long id, RedirectAttributes redirect) {
		reports.convert(id, caller.reportScope(), caller.actor());
		redirect.addFlashAttribute("converted", true);
		return caller.isHospitalDesk() ? "redirect:/cases/new" : "redirect:/cases/" + id;
	}

	private String form(CaseForm form, String error, Model model) {
		model.addAttribute("caseForm", form);
		model.addAttribute("error", error);
		model.addAttribute("types", CaseType.values());
		model.addAttribute("foundBys", FoundBy.values());
		return "cases/new";
	}
}
