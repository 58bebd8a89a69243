package org.lifeline.identity;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail for district and city command: who looked at or exported whose personal data, and why. */
@PageController
class AuditPages {

	static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	private final CurrentUser currentUser;

	AuditPages(AuditTrail audit, CurrentUser currentUser) {
		this.audit = audit;
		this.currentUser = currentUser;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String subject,
			@RequestParam(defaultValue = "RESIDENT") String subjectType, @RequestParam(defaultValue = "0") int page,
			Model model) {
		if (!currentUser.require().role().readsAudit()) {
			throw new AccessDeniedException("only district and city command read the audit trail");
		}
		String wanted = subject == null || subject.isBlank() ? null : subject.trim();
		int current = Math.max(page, 0);
		PageResult<AuditTrail.AuditEntry> entries = audit.search(subjectType, wanted, currentUser.scope(),
				new PageRequest(current, PAGE_SIZE));
		model.addAttribute("entries", entries);
		model.addAttribute("subject", wanted == null ? "" : wanted);
		model.addAttribute("page", current);
		model.addAttribute("pages", (entries.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return "identity/audit";
	}
}
