package org.lifeline.medical.medicine;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The medicine run pages: the list of batches each role works on, one batch with what the caller can do on it
 * (the hospital desk marks lines and sends, the committee receives, volunteers check off doors on their phone),
 * and the build action. A refused step goes back to the page saying why.
 */
@PageController
class MedicinePages {

	private final MedicineBatches batches;

	private final CurrentUser user;

	MedicinePages(MedicineBatches batches, CurrentUser user) {
		this.batches = batches;
		this.user = user;
	}

	@GetMapping("/medicine")
	@PreAuthorize(MedicineApi.READERS)
	String list(@RequestParam(required = false) LocalDate day, Model model) {
		LifelineUser caller = user.require();
		model.addAttribute("batches", batches.list(access(), day, null, 100));
		model.addAttribute("day", day);
		model.addAttribute("tomorrow", batches.tomorrow());
		model.addAttribute("plans", isPlanner(caller.role()));
		model.addAttribute("role", caller.role().name());
		return "medicine/batches";
	}

	@PostMapping("/medicine/build")
	@PreAuthorize(MedicineApi.PLANNERS)
	String build(@RequestParam(required = false) LocalDate day, RedirectAttributes redirect) {
		BatchBuilder.BuildOutcome outcome = PageOutcome.attempt(redirect, null,
				() -> batches.build(day, user.scope(), user.actor()));
		if (outcome != null) {
			redirect.addFlashAttribute("built", outcome);
		}
		return "redirect:/medicine";
	}

	@GetMapping("/medicine/batches/{id}")
	@PreAuthorize(MedicineApi.READERS)
	String batch(@PathVariable long id, Model model) {
		LifelineUser caller = user.require();
		BatchView view = batches.view(id, access());
		model.addAttribute("view", view);
		model.addAttribute("b", view.batch());
		model.addAttribute("hospital", caller.role() == Role.HOSPITAL_DESK);
		model.addAttribute("receives", caller.role() == Role.COMMITTEE_STAFF || caller.role() == Role.STREET_TASK_FORCE);
		model.addAttribute("door", caller.role() == Role.COMMITTEE_STAFF || caller.role() == Role.VOLUNTEER);
		model.addAttribute("outcomes", List.of(DropOutcome.NOT_HOME, DropOutcome.WRONG_MEDICINE,
				DropOutcome.OUT_OF_STOCK, DropOutcome.REFUSED));
		return "medicine/batch";
	}

	@PostMapping("/medicine/batches/{id}/lines/{lineId}")
	@PreAuthorize(MedicineApi.HOSPITAL)
	String prepare(@PathVariable long id, @PathVariable long lineId, @ModelAttribute OutcomeForm outcomeForm,
			RedirectAttributes redirect) {
		return step(id, redirect, "prepared", () -> batches.prepare(id, lineId,
				EnumInput.required(LineStatus.class, "outcome", outcomeForm.outcome()), outcomeForm.note(), access(),
				user.actor()));
	}

	@PostMapping("/medicine/batches/{id}/ready")
	@PreAuthorize(MedicineApi.HOSPITAL)
	String ready(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "ready", () -> batches.markReady(id, access(), user.actor()));
	}

	@PostMapping("/medicine/batches/{id}/receive")
	@PreAuthorize(MedicineApi.RECEIVERS)
	String receive(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "received", () -> batches.receive(id, access(), user.actor()));
	}

	@PostMapping("/medicine/batches/{id}/households/{householdId}")
	@PreAuthorize(MedicineApi.DOOR)
	String checkOff(@PathVariable long id, @PathVariable long householdId, @ModelAttribute OutcomeForm outcomeForm,
			RedirectAttributes redirect) {
		return step(id, redirect, "checked", () -> batches.checkOff(id, householdId,
				EnumInput.required(DropOutcome.class, "outcome", outcomeForm.outcome()), outcomeForm.note(), access(),
				user.scope(), user.actor()));
	}

	/** What became of a line or a door, with a note (needed when something is missing). */
	record OutcomeForm(String outcome, String note) {
	}

	private BatchAccess access() {
		return BatchAccess.of(user.require(), user.scope());
	}

	static boolean isPlanner(Role role) {
		return role == Role.ADMINISTRATOR || role == Role.CITY_COMMAND || role == Role.DISTRICT_COMMAND
				|| role == Role.STREET_TASK_FORCE || role == Role.COMMITTEE_STAFF;
	}

	private static String step(long id, RedirectAttributes redirect, String done, Supplier<BatchView> action) {
		return PageOutcome.run(redirect, done, "/medicine/batches/" + id, action::get);
	}
}
