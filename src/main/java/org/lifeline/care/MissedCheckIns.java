package org.lifeline.care;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alerts for check-ins still open when they were due: once the day's check-ins are due (default noon) each
 * contact with an account hears how many of theirs are open; a set time later (default three hours) the committee
 * hears of every one still open, and of those without a contact account at once.
 */
@Service
class MissedCheckIns {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final LocalTime dueBy;

	private final Duration committeeAfter;

	MissedCheckIns(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			@Value("${lifeline.care.due-by:12:00}") LocalTime dueBy,
			@Value("${lifeline.care.committee-after:PT3H}") Duration committeeAfter) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.dueBy = dueBy;
		this.committeeAfter = committeeAfter;
	}

	/** Raises the alerts due now; answers how many alerts it raised. */
	@Transactional
	public int alert() {
		LocalDateTime now = LocalDateTime.now(clock);
		LocalDate today = now.toLocalDate();
		LocalDateTime due = today.atTime(dueBy);
		if (now.isBefore(due)) {
			return 0;
		}
		int raised = 0;
		for (var missed : jdbc.sql("""
				with alerted as (
				    update care_day set contact_alerted = true
				    where day = :day and status in ('DUE', 'UNREACHABLE') and not contact_alerted and contact_user_id is not null
				    returning contact_user_id)
				select contact_user_id, count(*) from alerted group by contact_user_id
				""").param("day", today).query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()) {
			events.publishEvent(new CheckInsMissed(today, missed[0], null, (int) missed[1]));
			raised++;
		}
		boolean committeeTime = !now.isBefore(due.plus(committeeAfter));
		for (var missed : jdbc.sql("""
				with alerted as (
				    update care_day set committee_alerted = true
				    where day = :day and status in ('DUE', 'UNREACHABLE') and not committee_alerted
				      and (contact_user_id is null or :committeeTime)
				    returning committee_id)
				select committee_id, count(*) from alerted group by committee_id
				""").param("day", today).param("committeeTime", committeeTime)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) }).list()) {
			events.publishEvent(new CheckInsMissed(today, null, missed[0], (int) missed[1]));
			raised++;
		}
		return raised;
	}
}
