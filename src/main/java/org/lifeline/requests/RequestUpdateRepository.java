package org.lifeline.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Timeline entries read as updates across requests, and comments appended to a request's timeline. */
@Repository
class RequestUpdateRepository {

	/** The actions after which a request counts as done, and those that change whether it is. */
	private static final String STATE_ACTIONS = "('FILED', 'RESOLVED', 'CLOSED', 'REOPENED')";

	private final JdbcClient jdbc;

	RequestUpdateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The steps taken at {@code from} or later and before {@code until}, oldest first, within the scope. */
	List<RequestUpdate> between(Instant from, Instant until, TerritoryScope scope, int limit) {
		return jdbc.sql("""
				select s.id, s.request_id, s.at, s.action, s.note, r.media_url,
				    (select t.action from request_step t where t.request_id = s.request_id and t.id <= s.id
				       and t.action in %s order by t.id desc limit 1) in ('RESOLVED', 'CLOSED') as done
				from request_step s join service_request r on r.id = s.request_id
				where s.at >= ? and s.at < ? and %s
				order by s.at, s.id limit ?""".formatted(STATE_ACTIONS, scope.condition("r")))
			.params(Timestamp.from(from), Timestamp.from(until), limit)
			.query((rs, n) -> new RequestUpdate(rs.getLong("id"), rs.getLong("request_id"),
					rs.getTimestamp("at").toInstant(), rs.getString("action"), rs.getString("note"),
					rs.getBoolean("done"), rs.getString("media_url")))
			.list();
	}

	/** The newest note a person wrote on each of the requests (resolution, reopening reason or comment). */
	Map<Long, String> latestWrittenNotes(Collection<Long> requestIds) {
		Map<Long, String> notes = new HashMap<>();
		if (requestIds.isEmpty()) {
			return notes;
		}
		jdbc.sql("""
				select distinct on (request_id) request_id, note from request_step
				where request_id = any(?) and note is not null and action in ('RESOLVED', 'REOPENED', 'COMMENTED')
				order by request_id, id desc""")
			.param(requestIds.toArray(Long[]::new))
			.query((rs, n) -> notes.put(rs.getLong(1), rs.getString(2)))
			.list();
		return notes;
	}

	/** Appends a comment to a request in scope and marks the request updated; empty when none is in scope. */
	Optional<RequestUpdate> comment(long requestId, String actor, String note, Instant at, TerritoryScope scope) {
		int touched = jdbc.sql("update service_request r set updated_at = ? where r.id = ? and " + scope.condition("r"))
			.params(Timestamp.from(at), requestId)
			.update();
		if (touched == 0) {
			return Optional.empty();
		}
		long id = jdbc.sql("""
				insert into request_step (request_id, at, actor, action, note) values (?, ?, ?, 'COMMENTED', ?)
				returning id""")
			.params(requestId, Timestamp.from(at), actor, note)
			.query(Long.class)
			.single();
		boolean done = jdbc.sql("select status in ('RESOLVED', 'CLOSED') from service_request where id = ?")
			.param(requestId)
			.query(Boolean.class)
			.single();
		return Optional.of(new RequestUpdate(id, requestId, at, "COMMENTED", note, done, null));
	}
}
