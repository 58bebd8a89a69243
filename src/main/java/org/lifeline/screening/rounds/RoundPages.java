package org.lifeline.screening.rounds;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.identity.CurrentUser;
import org.lifeline.screening.PlannedRound;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rounds on pages: the rounds within the caller's area and, for streets and districts, the form to plan one; the
 * plan of a round per compound and sampling point (residents, tubes, swabbers needed, call slots).
 */
@PageController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF')")
class RoundPages {

	private final RoundRepository rounds;

	private final RoundPlans plans;

	private final RoundPlanner planner;

	private final CurrentUser user;

	private final Clock clock;

	RoundPages(RoundRepository rounds, RoundPlans plans, RoundPlanner planner, CurrentUser user, Clock clock) {
		this.rounds = rounds;
		this.plans = plans;
		this.planner = planner;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/screening/rounds")
	String rounds(Model model) {
		model.addAttribute("rounds", rounds.rounds(user.scope(), 50));
		model.addAttribute("plans", user.require().role().name().matches("ADMINISTRATOR|CITY_COMMAND|DISTRICT_COMMAND|STREET_TASK_FORCE"));
		model.addAttribute("form", new PlanForm(user.require().territoryCode(), LocalDate.now(clock).plusDays(1).toString(), null, ""));
		model.addAttribute("swabsPerHour", RoundPlans.SWABS_PER_SWABBER_HOUR);
		return "screening/sampling/rounds";
	}

	@PostMapping("/screening/rounds")
	@PreAuthorize(RoundApi.PLANNERS)
	String plan(PlanForm form, RedirectAttributes flash) {
		try {
			PlannedRound planned = planner.plan(form.toRound(), user.actor(), user.scope());
			return "redirect:/screening/rounds/" + planned.id();
		}
		catch (InvalidInputException | org.lifeline.shared.ConflictException e) {
			flash.addFlashAttribute("problem", e.getMessage());
			return "redirect:/screening/rounds";
		}
	}

	@GetMapping("/screening/rounds/{id}")
	String round(@PathVariable long id, Model model) {
		model.addAttribute("plan", plans.plan(id, user.scope()));
		model.addAttribute("swabsPerHour", RoundPlans.SWABS_PER_SWABBER_HOUR);
		return "screening/sampling/round";
	}

	/** The planning form: territory, day, a pool size (blank: by positivity) and compound codes (blank: all). */
	record PlanForm(String territoryCode, String date, Integer poolSize, String compoundCodes) {

		org.lifeline.screening.NewRound toRound() {
			java.util.List<String> codes = compoundCodes == null || compoundCodes.isBlank() ? null
					: java.util.Arrays.stream(compoundCodes.split("[\\s,，]+")).filter(c -> !c.isBlank()).toList();
			return new RoundApi.RoundForm(territoryCode, date, codes, poolSize).toRound();
		}
	}
}
