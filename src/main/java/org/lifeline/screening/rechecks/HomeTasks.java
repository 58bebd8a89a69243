package org.lifeline.screening.rechecks;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Opens single-tube home-sampling tasks for a set of residents at once; a task already open for the day stays. */
final class HomeTasks {

	private HomeTasks() {
	}

	/**
	 * Adds a task for every row of the query, which selects resident_id, round_id, household_id, building_id,
	 * compound_id, committee_id, district_id.
	 */
	static int add(JdbcClient jdbc, String residents, String reason, LocalDate dueOn, Timestamp at) {
		return jdbc.sql("""
				insert into home_sampling_task (resident_id, round_id, household_id, building_id, compound_id,
				    committee_id, district_id, reason, due_on, created_at)
				select q.*, ?, ?, ? from (""" + residents + """
				) q
				on conflict (resident_id, reason, due_on) where status = 'OPEN' do nothing""")
			.params(reason, dueOn, at)
			.update();
	}
}
