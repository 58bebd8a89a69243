package org.lifeline.exams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.InvalidInputException;

/** The plan's rules: every field, no day in the past or twice, every day with its site, times in order. */
class ExamPlanFormTests {

	static final LocalDate TODAY = LocalDate.of(2022, 6, 6);

	static ExamPlanForm.ExamDayForm day(String date, String site, String address) {
		return new ExamPlanForm.ExamDayForm(date, site, address, null, null);
	}

	static ExamPlanForm plan(ExamPlanForm.ExamDayForm... days) {
		return new ExamPlanForm("书房", "王老师", "13900000000", List.of(days));
	}

	@Test
	void aPlanWithASiteTodayOrLaterIsTakenWithTheUsualTimes() {
		ExamPlan plan = plan(day("2022-06-07", "市二中", "长宁路1号"), day("2022-06-06", "市二中", "长宁路1号"))
			.checked(TODAY);
		assertThat(plan.days()).hasSize(2);
		assertThat(plan.days().get(0).leaveAt()).isEqualTo(LocalTime.of(7, 0));
		assertThat(plan.days().get(0).returnAt()).isEqualTo(LocalTime.of(12, 0));
	}

	@Test
	void anExamDateInThePastNamesTheDate() {
		assertThatThrownBy(() -> plan(day("2022-06-05", "市二中", "长宁路1号")).checked(TODAY))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("days.date"))
			.hasMessageContaining("in the past");
	}

	@Test
	void aDayWithoutItsSiteNamesTheSite() {
		assertThatThrownBy(() -> plan(day("2022-06-07", " ", "长宁路1号")).checked(TODAY))
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("days.siteName"));
		assertThatThrownBy(() -> plan(day("2022-06-07", "市二中", null)).checked(TODAY))
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("days.siteAddress"));
	}

	@Test
	void noDaysTheSameDayTwiceOrAReturnBeforeLeavingAreRefused() {
		assertThatThrownBy(() -> plan().checked(TODAY))
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("days"));
		assertThatThrownBy(() -> plan(day("2022-06-07", "a", "b"), day("2022-06-07", "a", "b")).checked(TODAY))
			.hasMessageContaining("twice");
		assertThatThrownBy(() -> plan(new ExamPlanForm.ExamDayForm("2022-06-07", "a", "b", "12:00", "08:00"))
			.checked(TODAY))
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("days.returnAt"));
	}

	@Test
	void theTeacherAndTheQuietPlaceAreRequired() {
		ExamPlanForm.ExamDayForm d = day("2022-06-07", "a", "b");
		assertThatThrownBy(() -> new ExamPlanForm(null, "王老师", "139", List.of(d)).checked(TODAY))
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("quietPlace"));
		assertThatThrownBy(() -> new ExamPlanForm("书房", "王老师", "call me", List.of(d)).checked(TODAY))
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("teacherPhone"));
	}
}
