package org.lifeline.exams;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A checked plan: the quiet place, the teacher, and the exam days (each with the trip ordered for it, or none). */
record ExamPlan(String quietPlace, String teacherName, String teacherPhone, List<ExamDay> days) {

	/** Leaving home on an exam day unless the plan says otherwise. */
	static final LocalTime LEAVE = LocalTime.of(7, 0);

	/** Ready at the site to come back unless the plan says otherwise. */
	static final LocalTime RETURN = LocalTime.of(12, 0);

	/** One exam day at its site; {@code tripId} is null until the trip is ordered. */
	record ExamDay(LocalDate date, String siteName, String siteAddress, LocalTime leaveAt, LocalTime returnAt,
			Long tripId) {
	}
}
