package org.lifeline.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.exams.ExamPlanForm;
import org.lifeline.exams.ExamPlans;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One exam student of the demo committee with a plan, through its use cases: a quiet place, the class teacher,
 * two exam days from the day after tomorrow at a school of the district, and the first day's trip ordered.
 */
@Component
class DemoExams {

	private static final Logger log = LoggerFactory.getLogger(DemoExams.class);

	private static final String DEMO = "demo";

	private final ExamPlans plans;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoExams(ExamPlans plans, Territory territory, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create() {
		long committeeId = jdbc.sql("select territory_id from app_user where username = 'committee'")
			.query(Long.class)
			.single();
		TerritoryScope scope = territory.byId(committeeId).scope();
		List<Long> students = jdbc.sql("select resident_id from resident_roster where committee_id = ? "
				+ "and 'STUDENT_WITH_EXAM' = any(tags) order by resident_id limit 1")
			.param(committeeId)
			.query(Long.class)
			.list();
		if (students.isEmpty()) {
			log.info("The demo committee has no exam student; no exam plan made");
			return;
		}
		LocalDate first = LocalDate.now(clock).plusDays(2);
		plans.save(students.get(0), new ExamPlanForm("本楼一层活动室（每日8:00–21:00）", "周老师", "13916880001",
				List.of(new ExamPlanForm.ExamDayForm(first.toString(), "市第三中学考点", "延安西路1001号", "07:00", "12:00"),
						new ExamPlanForm.ExamDayForm(first.plusDays(1).toString(), "市第三中学考点", "延安西路1001号",
								"12:30", "17:30"))),
				scope, DEMO);
		plans.orderTrip(students.get(0), first.toString(), scope, DEMO);
	}
}
