package org.lifeline.supplies;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A volunteer at the doors of a group buy: check off a delivery, mark nobody home, undo either. Each tap answers
 * with the door list again, scrolled back to the door just worked on.
 */
@PageController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'VOLUNTEER')")
class DoorPages {

	private final LastHundredMetres lastHundredMetres;

	private final DoorSteps doors;

	private final CurrentUser user;

	DoorPages(LastHundredMetres lastHundredMetres, DoorSteps doors, CurrentUser user) {
		this.lastHundredMetres = lastHundredMetres;
		this.doors = doors;
		this.user = user;
	}

	@PostMapping("/group-buys/{id}/doors/{householdId}/check-off")
	String checkOff(@PathVariable long id, @PathVariable long householdId, RedirectAttributes flash) {
		return PageOutcome.run(flash, "checkedOff", back(id, householdId),
				() -> lastHundredMetres.checkOff(id, householdId, user.require(), user.scope()));
	}

	@PostMapping("/group-buys/{id}/doors/{householdId}/not-home")
	String notHome(@PathVariable long id, @PathVariable long householdId, RedirectAttributes flash) {
		return PageOutcome.run(flash, "notHome", back(id, householdId),
				() -> doors.notHome(id, householdId, user.require(), user.scope()));
	}

	@PostMapping("/group-buys/{id}/doors/{householdId}/undo")
	String undo(@PathVariable long id, @PathVariable long householdId, RedirectAttributes flash) {
		return PageOutcome.run(flash, "undone", back(id, householdId),
				() -> doors.undo(id, householdId, user.require(), user.scope()));
	}

	/** The door list, at the door just worked on. */
	private static String back(long groupBuyId, long householdId) {
		return "/group-buys/" + groupBuyId + "#door-" + householdId;
	}
}
