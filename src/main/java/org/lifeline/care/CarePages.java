package org.lifeline.care;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Today's check-ins (一日一问) for the committee, or a volunteer's own as contact: open ones first, the longest
 * overdue first, each with one tap for fine, unreachable, or needs help (a request filed, its category prefilled).
 * Committee staff also set each person's contact there and their committee's check-in interval per tag
 * ({@link CareSettingsPages}).
 */
@PageController
class CarePages {

	static final int PAGE_SIZE = 100;

	private final CheckInList list;

	private final CheckIns checkIns;

	private final CareSchedules schedules;

	private final Territory territory;

	private final CurrentUser user;

	private final Clock clock;

	CarePages(CheckInList list, CheckIns checkIns, CareSchedules schedules, Territory territory, CurrentUser user,
			Clock clock) {
		this.list = list;
		this.checkIns = checkIns;
		this.schedules = schedules;
		this.territory = territory;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/care")
	@PreAuthorize(CareApi.CARERS)
	String today(@RequestParam(required = false) Integer page, Model model) {
		boolean own = user.require().role() == Role.VOLUNTEER;
		model.addAttribute("checkIns", list.of(LocalDate.now(clock), user.scope(), own ? user.require().id() : null,
				PageRequest.of(page, PAGE_SIZE)));
		model.addAttribute("categories", new String[] { "FOOD", "MEDICAL", "MEDICINE", "EXAM", "OTHER" });
		LifelineUser me = user.require();
		boolean edits = me.role() == Role.COMMITTEE_STAFF || me.role() == Role.ADMINISTRATOR;
		model.addAttribute("editsContacts", edits);
		TerritoryNode committee = me.territoryId() == null ? null : territory.byId(me.territoryId());
		if (edits && committee != null && committee.kind() == TerritoryKind.COMMITTEE) {
			model.addAttribute("schedules", schedules.of(committee));
		}
		return "care/today";
	}

	@PostMapping("/care/check-ins")
	@PreAuthorize(CareApi.CARERS)
	String record(@RequestParam long residentId, @RequestParam String outcome,
			@RequestParam(required = false) String note, @RequestParam(required = false) String category,
			@RequestParam(required = false) String description, RedirectAttributes flash) {
		NewCheckIn.HelpNeeded help = "NEEDS_HELP".equals(outcome) ? new NewCheckIn.HelpNeeded(category, description) : null;
		return PageOutcome.run(flash, "recorded", "/care",
				() -> checkIns.record(new NewCheckIn(residentId, outcome, note, help), user.scope(), user.actor()));
	}
}
