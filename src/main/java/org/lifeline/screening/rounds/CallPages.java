package org.lifeline.screening.rounds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lifeline.identity.CurrentUser;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sampling calls for the committee and building volunteers: today's building-by-building schedule with the
 * buildings to call now marked, a button to mark a building called, and the residents to sample at home. The
 * call-now card is also a fragment their home pages load.
 */
@PageController
@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'VOLUNTEER')")
class CallPages {

	private final CallSchedule calls;

	private final HomeSamplingList homeSampling;

	private final SamplingPoints points;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final CurrentUser user;

	private final Clock clock;

	CallPages(CallSchedule calls, HomeSamplingList homeSampling, SamplingPoints points, ResidentRegistry residents,
			Territory territory, CurrentUser user, Clock clock) {
		this.calls = calls;
		this.homeSampling = homeSampling;
		this.points = points;
		this.residents = residents;
		this.territory = territory;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/screening/calls")
	String calls(Model model) {
		fill(model);
		List<HomeSamplingList.DoorTask> tasks = homeSampling.open(LocalDate.now(clock), user.scope());
		Map<Long, ResidentView> people = tasks.isEmpty() ? Map.of()
				: residents.byIds(tasks.stream()
					.map(t -> new org.lifeline.residents.ResidentLookup(t.residentId(), user.scope()))
					.toList())
					.stream()
					.flatMap(java.util.Optional::stream)
					.collect(Collectors.toMap(ResidentView::id, r -> r, (a, b) -> a));
		model.addAttribute("tasks", tasks.stream().filter(t -> people.containsKey(t.residentId()))
			.map(t -> new HomeTask(t, people.get(t.residentId()))).toList());
		return "screening/sampling/calls";
	}

	@GetMapping("/screening/calls/now")
	String now(Model model) {
		fill(model);
		model.addAttribute("homeCard", true);
		return "screening/sampling/calls :: now";
	}

	@PostMapping("/screening/calls/{id}/called")
	String called(@PathVariable long id, @RequestParam(required = false) String back) {
		calls.markCalled(id, user.actor(), user.scope());
		return "redirect:" + ("home".equals(back) ? "/" : "/screening/calls");
	}

	/** The building could not be called (nobody answers, the building refuses): recorded with the reason. */
	@PostMapping("/screening/calls/{id}/failed")
	String failed(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		return PageOutcome.run(flash, "callFailed", "/screening/calls",
				() -> calls.markFailed(id, user.actor(), reason, user.scope()));
	}

	@GetMapping("/screening/points")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF')")
	String points(Model model) {
		List<TerritoryNode> compounds = territory.findCompounds("", user.scope(), 500);
		Map<Long, TerritoryNode> byId = compounds.stream().collect(Collectors.toMap(TerritoryNode::id, c -> c));
		model.addAttribute("points", points.of(byId.keySet()).stream().map(p -> new PointRow(p, byId.get(p.compoundId()))).toList());
		return "screening/sampling/points";
	}

	@PostMapping("/screening/points/{id}")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF')")
	String changePoint(@PathVariable long id, SamplingPoints.PointForm form,
			org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
		List<Long> compounds = territory.findCompounds("", user.scope(), 100_000).stream().map(TerritoryNode::id).toList();
		try {
			points.change(id, form, compounds);
		}
		catch (org.lifeline.shared.InvalidInputException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/screening/points";
	}

	private void fill(Model model) {
		Instant now = clock.instant();
		List<CallSchedule.Call> today = calls.on(LocalDate.now(clock), user.scope());
		model.addAttribute("calls", today);
		model.addAttribute("due", today.stream().filter(c -> c.dueAt(now)).toList());
		model.addAttribute("now", now);
	}

	/** A home-sampling task with the resident it is for. */
	record HomeTask(HomeSamplingList.DoorTask task, ResidentView resident) {
	}

	/** A point with its compound. */
	record PointRow(SamplingPoints.Point point, TerritoryNode compound) {
	}
}
