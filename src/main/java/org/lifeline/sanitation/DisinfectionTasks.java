package org.lifeline.sanitation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.volunteers.VolunteerTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's scheduled disinfection rounds of each building as volunteers' tasks: a building gets as many rounds as
 * the most frequent of its points' kinds in its zone, spread over the working day from 08:00; round k covers the
 * points whose kind is done more than k times a day. Done, it records a round at each of those points.
 */
@Component
class DisinfectionTasks extends DayTasks {

	static final String KIND = "DISINFECTION";

	private final JdbcClient jdbc;

	private final DisinfectionRounds rounds;

	private final MessageSource messages;

	private final String agent;

	DisinfectionTasks(JdbcClient jdbc, TaskRows rows, DisinfectionRounds rounds, MessageSource messages,
			@Value("${lifeline.sanitation.volunteer-agent:含氯消毒剂 500mg/L}") String agent) {
		super(KIND, "disinfection_task", rows);
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.messages = messages;
		this.agent = agent;
	}

	/** Plans the day's rounds of every building in scope that has points, once; answers how many were added. */
	@Override
	@Transactional
	int plan(LocalDate day, TerritoryScope scope) {
		return jdbc.sql("""
				insert into disinfection_task (building_id, compound_id, committee_id, street_id, district_id, day, slot, due_at)
				select m.building_id, m.compound_id, m.committee_id, m.street_id, m.district_id, :day, g.slot,
				       ((cast(:day as date) + time '08:00') + g.slot * (interval '720 minutes' / m.times))
				           at time zone 'Asia/Shanghai'
				from (select p.building_id, p.compound_id, p.committee_id, p.street_id, p.district_id,
				             max(s.times_per_day) as times
				      from disinfection_point p
				      join zone_unit_summary z on z.compound_id = p.compound_id
				      join disinfection_schedule s on s.zone = z.zone and s.kind = p.kind
				      where %s
				      group by p.building_id, p.compound_id, p.committee_id, p.street_id, p.district_id
				      having max(s.times_per_day) > 0) m
				cross join lateral generate_series(0, m.times - 1) as g(slot)
				on conflict (building_id, day, slot) do nothing""".formatted(scope.condition("p")))
			.param("day", day)
			.update();
	}

	@Override
	List<VolunteerTask> read(TaskScope scope, LocalDate date) {
		return jdbc.sql("""
				select t.id, t.building_id, b.code, b.name, t.slot, t.due_at, t.status,
				       (select count(*) from disinfection_task o where o.building_id = t.building_id and o.day = t.day) as rounds,
				       (select string_agg(p.kind, ',' order by p.kind) from disinfection_point p
				        join zone_unit_summary z on z.compound_id = p.compound_id
				        join disinfection_schedule s on s.zone = z.zone and s.kind = p.kind
				        where p.building_id = t.building_id and s.times_per_day > t.slot) as kinds
				from disinfection_task t join territory_placement b on b.id = t.building_id
				where t.building_id in (:buildings) and t.day = :day
				order by t.due_at, b.code""")
			.param("buildings", TaskRows.buildings(scope))
			.param("day", date)
			.query((rs, n) -> new VolunteerTask(KIND, Long.toString(rs.getLong(1)), rs.getLong(2), rs.getString(3), null,
					rs.getTimestamp(6).toInstant(), TaskRows.status(rs, "status"),
					title(rs.getString(4), rs.getInt(5) + 1, rs.getInt(8), rs.getString(9))))
			.list();
	}

	/** A done round records a round at each of the building's points the schedule names for its slot. */
	@Override
	void done(long id, TaskScope scope) {
		List<Long> points = jdbc.sql("""
				select p.id from disinfection_task t
				join disinfection_point p on p.building_id = t.building_id
				join zone_unit_summary z on z.compound_id = p.compound_id
				join disinfection_schedule s on s.zone = z.zone and s.kind = p.kind
				where t.id = ? and s.times_per_day > t.slot""")
			.param(id)
			.query(Long.class)
			.list();
		if (!points.isEmpty()) {
			rounds.record(new DisinfectionRounds.Round(points, agent, null, null, id), scope.displayName(),
					TerritoryScope.buildings(scope.buildingIds()));
		}
	}

	private String title(String building, int round, int of, String kinds) {
		var locale = LocaleContextHolder.getLocale();
		String points = kinds == null ? ""
				: Arrays.stream(kinds.split(","))
					.map(k -> messages.getMessage("sanitation.point." + k, null, k, locale))
					.collect(Collectors.joining(messages.getMessage("sanitation.list.separator", null, ", ", locale)));
		return messages.getMessage("sanitation.task.disinfection", new Object[] { building, round, of, points }, locale);
	}
}
