package org.lifeline.certificates;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.CurrentScope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Work-absence certificates on one page: a resident asks for a range of days for someone of the household and
 * downloads what was issued; the committee issues or refuses the waiting requests and revokes, always with a reason.
 */
@PageController
class CertificatePages {

	static final int LIST_SIZE = 100;

	static final String BACK = "/certificates";

	private final Certificates certificates;

	private final CertificateRequests requests;

	private final ResidentRegistry residents;

	private final CurrentScope caller;

	CertificatePages(Certificates certificates, CertificateRequests requests, ResidentRegistry residents,
			CurrentScope caller) {
		this.certificates = certificates;
		this.requests = requests;
		this.residents = residents;
		this.caller = caller;
	}

	@GetMapping("/certificates")
	@PreAuthorize(CertificateApi.STAFF_OR_RESIDENT)
	String page(HttpServletRequest http, Model model) {
		boolean resident = http.isUserInRole("RESIDENT");
		model.addAttribute("resident", resident);
		if (resident) {
			model.addAttribute("members", residents.search(null, caller.scope(), PageRequest.of(0, 50)).items());
			model.addAttribute("today", certificates.today());
		}
		model.addAttribute("requests", requests.list(caller.scope(), LIST_SIZE));
		model.addAttribute("certificates", certificates.list(caller.scope(), LIST_SIZE));
		return "certificates/page";
	}

	@PostMapping("/certificates/requests")
	@PreAuthorize(CertificateApi.STAFF_OR_RESIDENT)
	String ask(@RequestParam(required = false) Long residentId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "asked", BACK,
				() -> requests.ask(residentId, from, to, caller.actor(), caller.scope()));
	}

	@PostMapping("/certificates/requests/{id}/issue")
	@PreAuthorize(CertificateApi.STAFF)
	String issue(@PathVariable long id, RedirectAttributes flash) {
		CertificateView issued = PageOutcome.attempt(flash, null, () -> {
			CertificateRequests.RequestView r = requests.byId(id, caller.scope());
			try {
				return certificates.issue(r.residentId(), r.from(), r.to(), caller.actor(), caller.scope());
			}
			catch (InvalidInputException e) {
				// the request's days were checked when asked: what is left is the home's sealed periods
				throw "from".equals(e.field()) ? new InvalidInputException("sealed", e.getMessage(),
						e.getCodes() == null ? null : e.getCodes()[0], e.getArguments()) : e;
			}
		});
		if (issued != null) {
			PageOutcome.done(flash, "issued", issued.code());
		}
		return "redirect:" + BACK;
	}

	@PostMapping("/certificates/requests/{id}/refuse")
	@PreAuthorize(CertificateApi.STAFF)
	String refuse(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageOutcome.run(flash, "refused", BACK, () -> requests.refuse(id, reason, caller.actor(), caller.scope()));
	}

	@PostMapping("/certificates/{code}/revoke")
	@PreAuthorize(CertificateApi.STAFF)
	String revoke(@PathVariable String code, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageOutcome.run(flash, "revoked", BACK,
				() -> certificates.revoke(code, reason, caller.actor(), caller.scope()));
	}
}
