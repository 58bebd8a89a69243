package org.lifeline.care;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee edits its care on the check-in page: a person's one-to-one contact (an account, or a name and a
 * phone) and how many days lie between check-ins for each tag. A refusal is shown at the form it came from, with
 * what was typed.
 */
@PageController
class CareSettingsPages {

	/** Which form a refusal belongs to: {@code contact-<residentId>} or {@code schedule-<tag>}. */
	static final String PROBLEM_AT = "problemAt";

	/** What was typed into the refused form, to show it again. */
	static final String TYPED = "typed";

	private final CareContacts contacts;

	private final CareSchedules schedules;

	private final Territory territory;

	private final CurrentUser user;

	CareSettingsPages(CareContacts contacts, CareSchedules schedules, Territory territory, CurrentUser user) {
		this.contacts = contacts;
		this.schedules = schedules;
		this.territory = territory;
		this.user = user;
	}

	@PostMapping("/care/contacts/{residentId}")
	@PreAuthorize(CareApi.COMMITTEE)
	String contact(@PathVariable long residentId, @RequestParam(required = false) String contactUsername,
			@RequestParam(required = false) String name, @RequestParam(required = false) String phone,
			RedirectAttributes flash) {
		CareContacts.ContactForm form = new CareContacts.ContactForm(contactUsername, name, phone);
		CareContacts.Contact saved = PageOutcome.attempt(flash, "contactSet",
				() -> contacts.set(residentId, form, user.scope(), user.actor()));
		if (saved == null) {
			flash.addFlashAttribute(PROBLEM_AT, "contact-" + residentId);
			java.util.HashMap<String, String> typed = new java.util.HashMap<>();
			typed.put("contactUsername", contactUsername);
			typed.put("name", name);
			typed.put("phone", phone);
			flash.addFlashAttribute(TYPED, typed);
		}
		return "redirect:/care#check-in-" + residentId;
	}

	@PostMapping("/care/schedules/{tag}")
	@PreAuthorize(CareApi.COMMITTEE)
	String schedule(@PathVariable String tag, @RequestParam(required = false) String everyDays, RedirectAttributes flash) {
		Boolean saved = PageOutcome.attempt(flash, "scheduleSet", () -> {
			schedules.set(ownCommittee(), tag, days(everyDays), user.actor());
			return Boolean.TRUE;
		});
		if (saved == null) {
			flash.addFlashAttribute(PROBLEM_AT, "schedule-" + tag);
			flash.addFlashAttribute(TYPED, everyDays);
		}
		return "redirect:/care#care-schedules";
	}

	private TerritoryNode ownCommittee() {
		Long id = user.require().territoryId();
		if (id == null) {
			throw CareSchedules.committeeOnly();
		}
		return territory.byId(id);
	}

	private static Integer days(String everyDays) {
		if (everyDays == null || everyDays.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(everyDays.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException("everyDays", "everyDays must be a whole number of days, not " + everyDays,
					"problem.care.everyDaysWhole", everyDays);
		}
	}
}
