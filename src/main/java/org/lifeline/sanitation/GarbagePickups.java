package org.lifeline.sanitation;

import java.time.LocalDate;
import java.util.List;

import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.VolunteerTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Door pickups of garbage, building by building, at the times the pickup schedule sets for the compound's zone
 * (by default twice a day in sealed units, none elsewhere): each pickup round is a volunteer's task.
 */
@Component
class GarbagePickups extends DayTasks {

	static final String KIND = "GARBAGE_PICKUP";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	GarbagePickups(JdbcClient jdbc, TaskRows rows, MessageSource messages) {
		super(KIND, "garbage_pickup", rows);
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Plans the day's pickup rounds of every building in scope, once; answers how many were added. */
	@Override
	@Transactional
	int plan(LocalDate day, TerritoryScope scope) {
		return jdbc.sql("""
				insert into garbage_pickup (building_id, compound_id, committee_id, street_id, district_id, day, due_at)
				select b.building_id, b.compound_id, b.committee_id, b.street_id, b.district_id, :day,
				       (cast(:day as date) + s.at_time) at time zone 'Asia/Shanghai'
				from %s
				join zone_unit_summary z on z.compound_id = b.compound_id
				join pickup_schedule s on s.zone = z.zone
				where %s
				on conflict (building_id, due_at) do nothing""".formatted(Buildings.IN_TERRITORY, Buildings.within(scope)))
			.param("day", day)
			.update();
	}

	@Override
	List<VolunteerTask> read(TaskScope scope, LocalDate date) {
		var locale = LocaleContextHolder.getLocale();
		return jdbc.sql("""
				select t.id, t.building_id, b.code, b.name, t.due_at, t.status
				from garbage_pickup t join territory_placement b on b.id = t.building_id
				where t.building_id in (:buildings) and t.day = :day
				order by t.due_at, b.code""")
			.param("buildings", TaskRows.buildings(scope))
			.param("day", date)
			.query((rs, n) -> new VolunteerTask(KIND, Long.toString(rs.getLong(1)), rs.getLong(2), rs.getString(3), null,
					rs.getTimestamp(5).toInstant(), TaskRows.status(rs, "status"),
					messages.getMessage("sanitation.task.garbage", new Object[] { rs.getString(4) }, locale)))
			.list();
	}
}
