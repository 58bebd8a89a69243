package org.lifeline.sanitation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.TaskStatus;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parcels for the last 100 metres: logged at the gate for a household (building and room), delivered to the door
 * by a volunteer as a task, confirmed by the resident.
 */
@Service
public class Parcels implements VolunteerTaskSource {

	static final String KIND = "PARCEL_DELIVERY";

	static final int MAX_DESCRIPTION = 200;

	private static final String SELECT = """
			select p.id, b.code, p.room, p.description, p.logged_at, p.logged_by, p.status, p.delivered_at,
			       p.delivered_by, p.reason, p.confirmed_at, p.building_id, b.name
			from parcel p join territory_placement b on b.id = p.building_id""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	Parcels(JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(KIND);
	}

	/** Logs a parcel at the gate for the household in that building and room (within scope). */
	@Transactional
	public ParcelView log(String buildingCode, String room, String description, String actor, TerritoryScope scope) {
		if (description == null || description.isBlank()) {
			throw new InvalidInputException("description", "say what the parcel is (sender, size)",
					"problem.sanitation.parcelDescription");
		}
		if (description.strip().length() > MAX_DESCRIPTION) {
			throw TextLimits.atMost("description", MAX_DESCRIPTION);
		}
		if (room == null || room.isBlank()) {
			throw new InvalidInputException("room", "say which room the parcel is for", "problem.sanitation.parcelRoom");
		}
		Long id = jdbc.sql("""
				insert into parcel (household_id, room, building_id, compound_id, committee_id, street_id, district_id,
				                    description, logged_at, logged_by)
				select h.id, h.room, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id, :description,
				       :now, :actor
				from household_place h join territory_placement b on b.id = h.building_id
				where b.code = :building and h.room = :room and %s
				order by h.id limit 1
				returning id""".formatted(scope.condition("h", "id")))
			.param("description", description.strip())
			.param("now", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("building", buildingCode == null ? "" : buildingCode.trim())
			.param("room", room.strip())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("household", buildingCode + " " + room));
		return byId(id, scope);
	}

	/** The resident confirms a delivered parcel; one not yet delivered or already confirmed is a conflict. */
	@Transactional
	public ParcelView confirm(long id, TerritoryScope scope) {
		ParcelView parcel = byId(id, scope);
		int confirmed = jdbc.sql("update parcel set status = 'CONFIRMED', confirmed_at = ? where id = ? and status = 'DELIVERED'")
			.params(Timestamp.from(clock.instant()), id)
			.update();
		if (confirmed == 0) {
			throw new ConflictException("parcel " + id + " is " + parcel.status() + ", only a delivered parcel is confirmed",
					"problem.sanitation.parcelNotDelivered", String.valueOf(id), parcel.status());
		}
		return byId(id, scope);
	}

	/** Parcels in scope (a household's, a compound's), newest first. */
	@Transactional(readOnly = true)
	public List<ParcelView> list(TerritoryScope scope, int limit) {
		return jdbc.sql(SELECT + " where " + scope.condition("p") + " order by p.logged_at desc, p.id desc limit "
				+ Math.max(1, Math.min(limit, 500)))
			.query(Parcels::view)
			.list();
	}

	ParcelView byId(long id, TerritoryScope scope) {
		return jdbc.sql(SELECT + " where p.id = ? and " + scope.condition("p"))
			.param(id)
			.query(Parcels::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("parcel", id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
		if (scope.buildingIds().isEmpty()) {
			return List.of();
		}
		var locale = LocaleContextHolder.getLocale();
		return jdbc.sql(SELECT + "\n" + """
				 where p.building_id in (:buildings)
				   and ((p.status = 'AT_GATE' and p.logged_at < :dayEnd)
				        or (p.delivered_at >= :dayStart and p.delivered_at < :dayEnd))
				 order by p.logged_at, b.code, p.room""")
			.param("buildings", TaskRows.buildings(scope))
			.param("dayStart", Timestamp.from(date.atStartOfDay(Buildings.SHANGHAI).toInstant()))
			.param("dayEnd", Timestamp.from(date.plusDays(1).atStartOfDay(Buildings.SHANGHAI).toInstant()))
			.query((rs, n) -> {
				ParcelView p = view(rs, n);
				return new VolunteerTask(KIND, Long.toString(p.id()), rs.getLong(12), p.buildingCode(), p.room(),
						p.loggedAt(), status(p.status()), messages.getMessage("sanitation.task.parcel",
								new Object[] { rs.getString(13), p.room(), p.description() }, locale));
			})
			.list();
	}

	@Override
	@Transactional
	public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
		long id = TaskRows.id(KIND, ref);
		String reason = TaskRows.reason(outcome);
		ParcelView parcel = jdbc.sql(SELECT + " where p.id = :id and p.building_id in (:buildings)")
			.param("id", id)
			.param("buildings", scope.buildingIds().isEmpty() ? List.of(-1L) : TaskRows.buildings(scope))
			.query(Parcels::view)
			.optional()
			.orElseThrow(() -> new NotFoundException("parcel delivery task", ref));
		int closed = jdbc.sql("""
				update parcel set status = ?, delivered_at = ?, delivered_by = ?, reason = ?
				where id = ? and status = 'AT_GATE'""")
			.params(outcome.done() ? "DELIVERED" : "FAILED", Timestamp.from(clock.instant()), scope.displayName(), reason,
					id)
			.update();
		if (closed == 0) {
			throw new ConflictException("parcel " + id + " is already " + parcel.status(), "problem.sanitation.parcelAlready",
					String.valueOf(id), parcel.status());
		}
	}

	private static TaskStatus status(String parcelStatus) {
		return switch (parcelStatus) {
			case "AT_GATE" -> TaskStatus.OPEN;
			case "FAILED" -> TaskStatus.FAILED;
			default -> TaskStatus.DONE;
		};
	}

	private static ParcelView view(ResultSet rs, int n) throws SQLException {
		return new ParcelView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), instant(rs.getTimestamp(8)),
				rs.getString(9), rs.getString(10), instant(rs.getTimestamp(11)));
	}

	private static java.time.Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
