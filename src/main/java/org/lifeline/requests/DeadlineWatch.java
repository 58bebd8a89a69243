package org.lifeline.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.lifeline.requests.RequestEscalated.Level;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Watches the deadlines of every open request: a missed acknowledgement is escalated to the street task force, a
 * missed resolve deadline to the district command, and a request resolved 72 hours ago without an answer from
 * the resident is closed. Each is one set-based statement that also writes the timeline; at most
 * {@value #BATCH} requests of each kind per run.
 */
@Service
public class DeadlineWatch {

	static final int BATCH = 1000;

	private static final String ESCALATE = """
			with due as (
			    select id from service_request
			    where %s and %s is null and %s < :now
			    order by %s limit :batch for update skip locked),
			escalated as (
			    update service_request r set %s = :now, updated_at = :now from due where r.id = due.id
			    returning r.id, r.category, r.street_id, r.district_id),
			timeline as (
			    insert into request_step (request_id, at, actor, action, note)
			    select id, :now, 'system', 'ESCALATED', :note from escalated)
			select id, category, street_id, district_id from escalated""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeadlineWatch(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** One pass over every deadline; answers how many requests each rule touched. */
	@Transactional
	public Outcome check() {
		Instant now = clock.instant();
		List<RequestEscalated> street = escalate(Level.STREET, "status = 'NEW'", "escalated_street_at", "ack_due_at",
				"acknowledgement missed: escalated to the street task force", now);
		List<RequestEscalated> district = escalate(Level.DISTRICT,
				"status in ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REOPENED')", "escalated_district_at", "resolve_due_at",
				"resolve deadline missed: escalated to the district command", now);
		street.forEach(events::publishEvent);
		district.forEach(events::publishEvent);
		return new Outcome(street.size(), district.size(), closeUnanswered(now));
	}

	private List<RequestEscalated> escalate(Level level, String open, String flag, String deadline, String note,
			Instant now) {
		return jdbc.sql(ESCALATE.formatted(open, flag, deadline, deadline, flag))
			.param("now", Timestamp.from(now))
			.param("batch", BATCH)
			.param("note", note)
			.query((rs, n) -> new RequestEscalated(rs.getLong("id"), RequestCategory.valueOf(rs.getString("category")),
					level, rs.getLong("street_id"), rs.getLong("district_id")))
			.list();
	}

	private int closeUnanswered(Instant now) {
		return jdbc.sql("""
				with due as (
				    select id from service_request where status = 'RESOLVED' and resolved_at <= :cutoff
				    order by resolved_at limit :batch for update skip locked),
				closed as (
				    update service_request r set status = 'CLOSED', closed_at = :now, updated_at = :now,
				        version = version + 1
				    from due where r.id = due.id returning r.id)
				insert into request_step (request_id, at, actor, action, note)
				select id, :now, 'system', 'CLOSED', 'closed automatically 72 hours after resolution' from closed""")
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(now.minus(ServiceRequest.AUTO_CLOSE_AFTER)))
			.param("batch", BATCH)
			.update();
	}

	/** What one pass did. */
	public record Outcome(int escalatedToStreet, int escalatedToDistrict, int closed) {
	}
}
