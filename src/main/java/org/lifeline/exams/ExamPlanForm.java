package org.lifeline.exams;

import java.time.LocalDate;
import java.util.List;

import org.lifeline.shared.DateInput;
import org.lifeline.shared.InvalidInputException;

/**
 * A plan as the API and the form take it: the quiet place, the teacher's name and phone, and the exam days. Its
 * rules: every field is required, at least one exam day, no day in the past nor twice, every day has its site.
 */
public record ExamPlanForm(String quietPlace, String teacherName, String teacherPhone, List<ExamDayForm> days) {

	/** One exam day: the date (yyyy-MM-dd), the site's name and address, leaving home and coming back (HH:mm). */
	public record ExamDayForm(String date, String siteName, String siteAddress, String leaveAt, String returnAt) {
	}

	/** The plan checked against today; the first broken rule is a 400 naming its field. */
	ExamPlan checked(LocalDate today) {
		String place = required("quietPlace", quietPlace, 200);
		String teacher = required("teacherName", teacherName, 100);
		String phone = required("teacherPhone", teacherPhone, 30);
		if (!phone.matches("[0-9+\\- ]{5,30}")) {
			throw new InvalidInputException("teacherPhone", "teacherPhone " + phone + " is not a phone number",
					"problem.exams.teacherPhone", phone);
		}
		if (days == null || days.isEmpty()) {
			throw new InvalidInputException("days", "at least one exam day is required", "problem.exams.noDays");
		}
		List<ExamPlan.ExamDay> checked = new java.util.ArrayList<>();
		for (ExamDayForm day : days) {
			ExamPlan.ExamDay d = checked(day, today);
			if (checked.stream().anyMatch(c -> c.date().equals(d.date()))) {
				throw new InvalidInputException("days.date", "exam day " + d.date() + " is given twice",
						"problem.exams.dayTwice", String.valueOf(d.date()));
			}
			checked.add(d);
		}
		return new ExamPlan(place, teacher, phone, List.copyOf(checked));
	}

	private static ExamPlan.ExamDay checked(ExamDayForm day, LocalDate today) {
		if (day == null) {
			throw new InvalidInputException("days", "an exam day is empty", "problem.exams.emptyDay");
		}
		LocalDate date = DateInput.parse("days.date", day.date(), null);
		if (date == null) {
			throw new InvalidInputException("days.date", "the exam date is required", "problem.exams.dateRequired");
		}
		if (date.isBefore(today)) {
			throw new InvalidInputException("days.date", "exam date " + date + " is in the past", "problem.exams.datePast",
					String.valueOf(date));
		}
		String site = required("days.siteName", day.siteName(), 200);
		String address = required("days.siteAddress", day.siteAddress(), 200);
		java.time.LocalTime leave = time("days.leaveAt", day.leaveAt(), ExamPlan.LEAVE);
		java.time.LocalTime back = time("days.returnAt", day.returnAt(), ExamPlan.RETURN);
		if (!back.isAfter(leave)) {
			throw new InvalidInputException("days.returnAt", "returnAt must come after leaveAt",
					"problem.exams.returnAfterLeave");
		}
		return new ExamPlan.ExamDay(date, site, address, leave, back, null);
	}

	private static java.time.LocalTime time(String field, String text, java.time.LocalTime fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		try {
			return java.time.LocalTime.parse(text.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(field, field + " must be a time like 07:30, not " + text, "problem.exams.time",
					field, text);
		}
	}

	private static String required(String field, String text, int max) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.required(field);
		}
		if (text.trim().length() > max) {
			throw new InvalidInputException(field, field + " takes at most " + max + " characters",
					"problem.exams.atMost", field, String.valueOf(max));
		}
		return text.trim();
	}
}
