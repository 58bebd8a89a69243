package org.lifeline.medical.dialysis;

import java.time.DayOfWeek;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The standing dialysis page of the street task force and the committee: the schedules with a form to add one, the
 * sessions of the coming days (flagged ones first in mind) and the generate action.
 */
@PageController
class DialysisPages {

	private final DialysisSchedules schedules;

	private final CurrentUser user;

	DialysisPages(DialysisSchedules schedules, CurrentUser user) {
		this.schedules = schedules;
		this.user = user;
	}

	@GetMapping("/dialysis")
	@PreAuthorize(DialysisApi.KEEPERS)
	String page(Model model) {
		List<SessionView> sessions = schedules.sessions(user.scope(), null, null, null);
		model.addAttribute("schedules", schedules.list(user.scope(), true));
		model.addAttribute("sessions", sessions);
		model.addAttribute("flagged", sessions.stream().filter(s -> s.status().isFlagged()).count());
		model.addAttribute("weekdays", DayOfWeek.values());
		model.addAttribute("needs", PatientNeed.values());
		return "dialysis/schedules";
	}

	@PostMapping("/dialysis/schedules")
	@PreAuthorize(DialysisApi.KEEPERS)
	String create(@ModelAttribute ScheduleForm scheduleForm, RedirectAttributes redirect) {
		return act(redirect, "created", () -> schedules.create(scheduleForm.toNewSchedule(), user.scope(), user.actor()));
	}

	/** The schedule form: one checkbox per weekday ({@code weekday}) and per need ({@code need}). */
	record ScheduleForm(Long residentId, String hospitalCode, List<String> weekday, String slotTime, List<String> need,
			String note) {

		NewSchedule toNewSchedule() {
			return new NewSchedule(residentId, hospitalCode, weekday, slotTime, need, note);
		}
	}

	@PostMapping("/dialysis/schedules/{id}/end")
	@PreAuthorize(DialysisApi.KEEPERS)
	String end(@PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, "ended", () -> schedules.end(id, user.scope(), user.actor()));
	}

	@PostMapping("/dialysis/sessions/generate")
	@PreAuthorize(DialysisApi.KEEPERS)
	String generate(RedirectAttributes redirect) {
		GenerationOutcome outcome = schedules.generate(null, user.scope(), user.actor());
		redirect.addFlashAttribute("generated", outcome);
		return "redirect:/dialysis";
	}

	private static String act(RedirectAttributes redirect, String done, Runnable action) {
		return PageOutcome.run(redirect, done, "/dialysis", action);
	}
}
