package org.lifeline.supplies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.TaskStatus;
import org.lifeline.volunteers.VolunteerTask;
import org.lifeline.volunteers.VolunteerTaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Door deliveries in the volunteers' list (最后一百米): a group buy's orders once the goods reached the gate, on
 * its delivery day (ref: group buy id and household id), and government packages from their slot on until
 * delivered (ref: round id and household id), each done at the door or failed with a reason.
 */
@Component
class DoorDeliveryTasks implements VolunteerTaskSource {

	static final String GROUP_BUY = "GROUP_BUY_DELIVERY";

	static final String GOVERNMENT = "GOVERNMENT_PACKAGE";

	private final JdbcClient jdbc;

	private final Clock clock;

	DoorDeliveryTasks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(GROUP_BUY, GOVERNMENT);
	}

	@Override
	@Transactional(readOnly = true)
	public List<VolunteerTask> tasks(TaskScope scope, LocalDate date) {
		if (scope.buildingIds().isEmpty()) {
			return List.of();
		}
		Long[] buildings = scope.buildingIds().toArray(Long[]::new);
		Instant dayStart = date.atStartOfDay(clock.getZone()).toInstant();
		Instant dayEnd = date.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		List<VolunteerTask> tasks = new ArrayList<>(jdbc.sql("""
				select o.group_buy_id || '-' || o.household_id, o.building_id, b.code, h.room,
				       coalesce(min(g.slot_start), min(g.delivered_at)), bool_and(o.delivered_at is not null),
				       bool_or(o.delivery_failed_at is not null), min(g.id)
				from group_order o
				join group_buy g on g.id = o.group_buy_id
				join household_place h on h.id = o.household_id
				join territory_placement b on b.id = o.building_id
				where o.building_id = any(:b) and o.status = 'PLACED' and g.status in ('DELIVERED', 'RECEIVED')
				  and g.delivery_day = :day
				group by o.group_buy_id, o.household_id, o.building_id, b.code, h.room
				""").param("b", buildings).param("day", date)
			.query((rs, n) -> task(rs, GROUP_BUY, dayStart, "#" + rs.getLong(8)))
			.list());
		tasks.addAll(jdbc.sql("""
				select d.round_id || '-' || d.household_id, d.building_id, b.code, h.room, r.slot_start,
				       d.delivered_at is not null, d.failed_at is not null, r.name
				from government_delivery d
				join government_round r on r.id = d.round_id
				join household_place h on h.id = d.household_id
				join territory_placement b on b.id = d.building_id
				where d.building_id = any(:b) and r.slot_start < :dayEnd
				  and (r.slot_start >= :dayStart or d.delivered_at is null and d.failed_at is null)
				""").param("b", buildings).param("dayStart", Timestamp.from(dayStart)).param("dayEnd", Timestamp.from(dayEnd))
			.query((rs, n) -> task(rs, GOVERNMENT, dayStart, rs.getString(8)))
			.list());
		return tasks;
	}

	private static VolunteerTask task(ResultSet rs, String kind, Instant dayStart, String title) throws SQLException {
		Timestamp due = rs.getTimestamp(5);
		TaskStatus status = rs.getBoolean(6) ? TaskStatus.DONE : rs.getBoolean(7) ? TaskStatus.FAILED : TaskStatus.OPEN;
		return new VolunteerTask(kind, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				due == null ? dayStart : due.toInstant(), status, title);
	}

	@Override
	@Transactional
	public void complete(String kind, String ref, TaskScope scope, TaskOutcome outcome) {
		long[] ids = parse(ref);
		Long[] buildings = scope.buildingIds().toArray(Long[]::new);
		boolean groupBuy = GROUP_BUY.equals(kind);
		String table = groupBuy ? "group_order o" : "government_delivery o";
		String key = groupBuy ? "o.group_buy_id" : "o.round_id";
		String failed = groupBuy ? "delivery_failed" : "failed";
		String open = " and o.delivered_at is null and o." + failed + "_at is null"
				+ (groupBuy ? " and o.status = 'PLACED' and exists (select 1 from group_buy g where g.id = o.group_buy_id "
						+ "and g.status in ('DELIVERED', 'RECEIVED'))" : "");
		String where = " where " + key + " = :id and o.household_id = :household and o.building_id = any(:b)";
		String set = outcome.done() ? "delivered_at = :at, delivered_by = :by"
				: failed + "_at = :at, " + failed + "_reason = :reason";
		int changed = jdbc.sql("update " + table + " set " + set + where + open)
			.param("id", ids[0]).param("household", ids[1]).param("b", buildings)
			.param("at", Timestamp.from(clock.instant())).param("by", scope.displayName()).param("reason", outcome.reason())
			.update();
		if (changed == 0) {
			boolean exists = jdbc.sql("select count(*) > 0 from " + table + where)
				.param("id", ids[0]).param("household", ids[1]).param("b", buildings)
				.query(Boolean.class).single();
			if (!exists) {
				throw new NotFoundException("door delivery", ref);
			}
			throw new ConflictException("door delivery " + ref + " is already closed, or its goods are not at the gate yet",
					"problem.supplies.doorClosed", ref);
		}
	}

	private static long[] parse(String ref) {
		String[] parts = ref == null ? new String[0] : ref.split("-");
		try {
			if (parts.length == 2) {
				return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
			}
		}
		catch (NumberFormatException e) {
			// falls through to not found
		}
		throw new NotFoundException("door delivery", ref);
	}
}
