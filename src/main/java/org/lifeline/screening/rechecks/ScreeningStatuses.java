package org.lifeline.screening.rechecks;

import org.lifeline.residents.ResidentStatusSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Answers residents' question for a resident's screening status from {@code resident_screening}. */
@Component
class ScreeningStatuses implements ResidentStatusSource {

	private final JdbcClient jdbc;

	ScreeningStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String screeningStatusOf(long residentId) {
		return jdbc.sql("select status from resident_screening where resident_id = ?")
			.param(residentId)
			.query(String.class)
			.optional()
			.orElse("CLEAR");
	}
}
