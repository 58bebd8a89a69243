package org.lifeline.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.territory.Placement;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes and reads requests, their timelines and photos; every read is filtered by the caller's scope. */
@Repository
class RequestRepository {

	static final String COLUMNS = """
			r.id, r.token, r.status, r.category, r.critical, r.vulnerable, r.instruction, r.channel, r.description,
			r.resident_id, r.household_id, r.contact_name, r.contact_phone, r.address, r.building_id, r.compound_id,
			r.committee_id, r.street_id, r.district_id, r.lat, r.lon, r.media_url,
			exists (select 1 from request_photo p where p.request_id = r.id) as has_photo, r.filed_by, r.filed_at,
			r.ack_due_at, r.resolve_due_at, r.acknowledged_at, r.assignee, r.resolved_at, r.resolution, r.closed_at,
			r.escalated_street_at, r.escalated_district_at, r.updated_at, r.version""";

	private final JdbcClient jdbc;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void addSteps(long requestId, List<Step> steps) {
		for (Step step : steps) {
			jdbc.sql("insert into request_step (request_id, at, actor, action, note) values (?, ?, ?, ?, ?)")
				.params(requestId, Timestamp.from(step.at()), step.actor(), step.action(), step.note())
				.update();
		}
	}

	Optional<Photo> photo(long requestId, TerritoryScope scope) {
		return jdbc.sql("select p.content_type, p.data from request_photo p join service_request r on r.id = p.request_id "
				+ "where p.request_id = ? and " + scope.condition("r"))
			.param(requestId)
			.query((rs, n) -> new Photo(rs.getString(1), rs.getBytes(2)))
			.optional();
	}

	/** Another open, non-critical request of the same household and category as this one, if any. */
	Optional<Long> otherOpen(long requestId) {
		return jdbc.sql("""
				select o.id from service_request r join service_request o
				  on o.household_id = r.household_id and o.category = r.category and o.id <> r.id
				where r.id = ? and not r.critical and not o.critical and o.status not in ('RESOLVED', 'CLOSED')""")
			.param(requestId)
			.query(Long.class)
			.optional();
	}

	Optional<ServiceRequest> load(long id, TerritoryScope scope) {
		return jdbc.sql("""
				select id, version, category, status, filed_at, ack_due_at, resolve_due_at, acknowledged_at, assignee,
				       resolved_at, resolution, closed_at
				from service_request r where id = ?""" + " and " + scope.condition("r"))
			.param(id)
			.query((rs, n) -> new ServiceRequest(rs.getLong("id"), rs.getInt("version"),
					RequestCategory.valueOf(rs.getString("category")), RequestStatus.valueOf(rs.getString("status")),
					instant(rs, "filed_at"), instant(rs, "ack_due_at"), instant(rs, "resolve_due_at"),
					instant(rs, "acknowledged_at"), rs.getString("assignee"), instant(rs, "resolved_at"),
					rs.getString("resolution"), instant(rs, "closed_at")))
			.optional();
	}

	/** Writes the request's new state and timeline; false when someone else changed it first. */
	boolean save(ServiceRequest request, Instant now) {
		int changed = jdbc.sql("""
				update service_request set status = ?, resolve_due_at = ?, acknowledged_at = ?, assignee = ?,
				    resolved_at = ?, resolution = ?, closed_at = ?, updated_at = ?,
				    escalated_district_at = case when ? = 'REOPENED' then null else escalated_district_at end,
				    version = version + 1
				where id = ? and version = ?""")
			.params(request.status().name(), ts(request.resolveDueAt()), ts(request.acknowledgedAt()),
					request.assignee(), ts(request.resolvedAt()), request.resolution(), ts(request.closedAt()),
					ts(now), request.status().name(), request.id(), request.version())
			.update();
		if (changed == 1) {
			addSteps(request.id(), request.newSteps());
		}
		return changed == 1;
	}

	/**
	 * Gives a request filed for an unregistered caller to the resident the committee found, with where they live;
	 * the caller's name, phone and address stay as given. False when it was matched already (by someone faster).
	 */
	boolean matchCaller(long id, long residentId, Placement home, boolean vulnerable, Step step) {
		int changed = jdbc.sql("""
				update service_request set resident_id = ?, household_id = ?, building_id = ?, compound_id = ?,
				    vulnerable = vulnerable or ?, updated_at = ?, version = version + 1
				where id = ? and resident_id is null""")
			.params(residentId, home.householdId(), home.buildingId(), home.compoundId(), vulnerable,
					Timestamp.from(step.at()), id)
			.update();
		if (changed == 1) {
			addSteps(id, List.of(step));
		}
		return changed == 1;
	}

	Optional<RequestView> view(long id, TerritoryScope scope, Instant now) {
		return jdbc.sql("select " + COLUMNS + " from service_request r where r.id = ? and " + scope.condition("r"))
			.param(id)
			.query((rs, n) -> map(rs, now))
			.optional()
			.map(view -> view.withTimeline(timeline(id)));
	}

	/** Many requests with their timelines in two queries, by id (intake answering repeated filings together). */
	Map<Long, RequestView> views(Collection<Long> ids, Instant now) {
		Long[] wanted = ids.toArray(Long[]::new);
		Map<Long, List<Step>> timelines = new HashMap<>();
		jdbc.sql("select request_id, at, actor, action, note from request_step where request_id = any(?) order by id")
			.param(wanted)
			.query((rs, n) -> timelines.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(step(rs)))
			.list();
		Map<Long, RequestView> views = new HashMap<>();
		jdbc.sql("select " + COLUMNS + " from service_request r where r.id = any(?)")
			.param(wanted)
			.query((rs, n) -> map(rs, now))
			.list()
			.forEach(view -> views.put(view.id(), view.withTimeline(timelines.getOrDefault(view.id(), List.of()))));
		return views;
	}

	List<Step> timeline(long requestId) {
		return jdbc.sql("select at, actor, action, note from request_step where request_id = ? order by id")
			.param(requestId)
			.query((rs, n) -> step(rs))
			.list();
	}

	private static Step step(ResultSet rs) throws SQLException {
		return new Step(instant(rs, "at"), rs.getString("actor"), rs.getString("action"), rs.getString("note"));
	}

	static RequestView map(ResultSet rs, Instant now) throws SQLException {
		RequestStatus status = RequestStatus.valueOf(rs.getString("status"));
		Instant ackDue = instant(rs, "ack_due_at");
		Instant resolveDue = instant(rs, "resolve_due_at");
		String instruction = rs.getString("instruction");
		return new RequestView(rs.getLong("id"), rs.getString("token"), status,
				RequestCategory.valueOf(rs.getString("category")), rs.getBoolean("critical"),
				rs.getBoolean("vulnerable"), instruction == null ? null : Instruction.valueOf(instruction),
				Channel.valueOf(rs.getString("channel")), rs.getString("description"),
				rs.getObject("resident_id", Long.class), rs.getObject("household_id", Long.class),
				rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("address"),
				rs.getObject("building_id", Long.class), rs.getLong("compound_id"), rs.getLong("committee_id"),
				rs.getLong("street_id"), rs.getLong("district_id"), rs.getObject("lat", Double.class),
				rs.getObject("lon", Double.class), rs.getString("media_url"), rs.getBoolean("has_photo"),
				rs.getString("filed_by"), instant(rs, "filed_at"), ackDue, resolveDue, instant(rs, "acknowledged_at"),
				rs.getString("assignee"), instant(rs, "resolved_at"), rs.getString("resolution"),
				instant(rs, "closed_at"), instant(rs, "escalated_street_at"), instant(rs, "escalated_district_at"),
				instant(rs, "updated_at"), rs.getInt("version"),
				ServiceRequest.isOverdue(status, ackDue, resolveDue, now), null, List.of());
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
