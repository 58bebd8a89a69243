package org.lifeline.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises every positive that has waited over {@link #WAIT_LIMIT} without a bed to the district command, once per
 * case: one set-based statement marks the cases and writes their steps, then each raises {@link CaseEscalated}
 * (the notifications module tells the district). At most {@value #BATCH} cases per pass.
 */
@Service
public class CaseEscalations {

	static final Duration WAIT_LIMIT = Duration.ofHours(24);

	static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseEscalations(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** One pass; answers how many cases were escalated. */
	@Transactional
	public int escalateOverdue() {
		Instant now = clock.instant();
		List<CaseEscalated> escalated = jdbc.sql("""
				with due as (
				    select id from positive_case
				    where status in ('REPORTED', 'AWAITING_TRANSFER', 'IN_TRANSFER') and escalated_at is null
				      and reported_at < :cutoff
				    order by reported_at limit :batch for update skip locked),
				marked as (
				    update positive_case c set escalated_at = :now from due where c.id = due.id
				    returning c.id, c.resident_id, c.compound_id, c.compound_name, c.street_id, c.district_id,
				              c.reported_at, c.status),
				steps as (
				    insert into case_step (case_id, district_id, at, actor, status, action, note)
				    select id, district_id, :now, 'system', status, 'ESCALATED',
				           'waiting over 24 h without a bed: escalated to the district command' from marked)
				select * from marked order by reported_at""")
			.param("cutoff", Timestamp.from(now.minus(WAIT_LIMIT)))
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.query((rs, n) -> new CaseEscalated(rs.getLong("id"), rs.getLong("resident_id"), rs.getLong("compound_id"),
					rs.getString("compound_name"), rs.getLong("street_id"), rs.getLong("district_id"),
					rs.getTimestamp("reported_at").toInstant(),
					ClearDaily.hours(rs.getTimestamp("reported_at").toInstant(), now)))
			.list();
		escalated.forEach(events::publishEvent);
		return escalated.size();
	}
}
