package org.lifeline.exams;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's exam students: the list with each plan and its trips' state, the plan's form (one exam day at
 * a time is added or changed), and ordering the exam day's trip from the list.
 */
@PageController
class ExamPages {

	private final ExamPlans plans;

	private final CurrentUser user;

	private final Clock clock;

	ExamPages(ExamPlans plans, CurrentUser user, Clock clock) {
		this.plans = plans;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/exams")
	@PreAuthorize(ExamApi.COMMITTEE)
	String list(Model model) {
		model.addAttribute("students", plans.list(user.scope()));
		return "exams/list";
	}

	@GetMapping("/exams/{residentId}")
	@PreAuthorize(ExamApi.COMMITTEE)
	String form(@PathVariable long residentId, Model model) {
		ExamStudent student = plans.list(user.scope()).stream().filter(s -> s.residentId() == residentId).findFirst()
			.orElseThrow(() -> new NotFoundException("exam student", residentId));
		model.addAttribute("student", student);
		model.addAttribute("day", student.days().isEmpty() ? null : student.days().get(student.days().size() - 1));
		return "exams/plan";
	}

	@PostMapping("/exams/{residentId}")
	@PreAuthorize(ExamApi.COMMITTEE)
	String save(@PathVariable long residentId, @RequestParam(required = false) String quietPlace,
			@RequestParam(required = false) String teacherName, @RequestParam(required = false) String teacherPhone,
			@RequestParam(required = false) String date, @RequestParam(required = false) String siteName,
			@RequestParam(required = false) String siteAddress, @RequestParam(required = false) String leaveAt,
			@RequestParam(required = false) String returnAt, RedirectAttributes flash) {
		return PageOutcome.run(flash, "saved", "/exams/" + residentId, () -> {
			List<ExamPlanForm.ExamDayForm> days = new ArrayList<>(otherDays(residentId, date));
			days.add(new ExamPlanForm.ExamDayForm(date, siteName, siteAddress, leaveAt, returnAt));
			plans.save(residentId, new ExamPlanForm(quietPlace, teacherName, teacherPhone, days), user.scope(),
					user.actor());
		});
	}

	@PostMapping("/exams/{residentId}/trip")
	@PreAuthorize(ExamApi.COMMITTEE)
	String orderTrip(@PathVariable long residentId, @RequestParam String date, RedirectAttributes flash) {
		return PageOutcome.run(flash, "ordered", "/exams",
				() -> plans.orderTrip(residentId, date, user.scope(), user.actor()));
	}

	/** The plan's other days that are still to come, kept as they are when the form changes one day. */
	private List<ExamPlanForm.ExamDayForm> otherDays(long residentId, String date) {
		return plans.list(user.scope()).stream()
			.filter(s -> s.residentId() == residentId)
			.flatMap(s -> s.days().stream())
			.filter(d -> !d.date().equals(date) && d.tripId() == null
					&& !LocalDate.parse(d.date()).isBefore(LocalDate.now(clock)))
			.map(d -> new ExamPlanForm.ExamDayForm(d.date(), d.siteName(), d.siteAddress(), d.leaveAt(), d.returnAt()))
			.toList();
	}
}
