package org.lifeline.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a district's check-in list for a day in one statement: every tagged resident whose check-in falls due on
 * or before the day (the last day someone reached them plus their interval; never reached: the day itself), with
 * their contact. A district is planned once per day; planning again adds only residents not yet on the list.
 */
@Component
public class CarePlanner {

	private static final String ALL_TAGS = "'{LIVING_ALONE_ELDERLY,AGED_80_PLUS,SERIOUSLY_ILL,DISABLED,LOW_INCOME,"
			+ "PREGNANT,INFANT,DIALYSIS,CHEMO_RADIOTHERAPY,LONG_TERM_MEDICATION,STUDENT_WITH_EXAM}'::text[]";

	private static final String PLAN = """
			insert into care_day (day, resident_id, district_id, street_id, committee_id, compound_id, building_id,
			                      building_code, room, name, due, contact_user_id)
			select :day, r.resident_id, r.district_id, r.street_id, r.committee_id, r.compound_id, r.building_id,
			       r.building_code, r.room, r.name, coalesce(s.last_reached_on + e.every, :day), c.contact_user_id
			from resident_roster r
			cross join lateral (select case when r.committee_id = any(:overriding)
			                                then (select min(%s) from unnest(r.tags) t
			                                      left join care_schedule cs on cs.committee_id = r.committee_id and cs.tag = t)
			                                when r.tags && '{LIVING_ALONE_ELDERLY,AGED_80_PLUS}'::text[] then %d
			                                else %d end as every) e
			left join care_state s on s.resident_id = r.resident_id
			left join care_contact c on c.resident_id = r.resident_id
			where r.tags && %s and r.district_id = :district
			  and (s.last_reached_on is null or s.last_reached_on + e.every <= :day)
			on conflict (day, resident_id) do nothing
			""".formatted(CheckInSchedule.everySql("t", "cs.every_days"), CheckInSchedule.DAILY, CheckInSchedule.OTHERS,
			ALL_TAGS);

	private final JdbcClient jdbc;

	private final Territory territory;

	private final Clock clock;

	CarePlanner(JdbcClient jdbc, Territory territory, Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Plans the district's day; answers how many residents it put on the list. */
	@Transactional
	public int plan(LocalDate day, long districtId) {
		jdbc.sql("select pg_advisory_xact_lock(100, (? % 2147483647)::int)").param(districtId).query((rs, n) -> 1).list();
		Long[] overriding = jdbc.sql("select distinct s.committee_id from care_schedule s join territory_placement c "
				+ "on c.id = s.committee_id where c.district_id = :district")
			.param("district", districtId)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
		int added = jdbc.sql(PLAN).param("day", day).param("district", districtId).param("overriding", overriding).update();
		jdbc.sql("""
				insert into care_plan (day, district_id, planned_at, residents) values (:day, :district, now(), :n)
				on conflict (day, district_id) do update set planned_at = now(), residents = care_plan.residents + :n
				""").param("day", day).param("district", districtId).param("n", added).update();
		return added;
	}

	/** Plans the days of the districts not planned for it yet; the past is never planned after the fact. */
	@Transactional
	public void ensurePlanned(LocalDate day, Collection<Long> districtIds) {
		if (day.isBefore(today()) || districtIds.isEmpty()) {
			return;
		}
		List<Long> planned = jdbc.sql("select district_id from care_plan where day = :day and district_id = any(:ids)")
			.param("day", day)
			.param("ids", districtIds.toArray(Long[]::new))
			.query(Long.class)
			.list();
		districtIds.stream().filter(id -> !planned.contains(id)).forEach(id -> plan(day, id));
	}

	/** The districts a scope touches. */
	Set<Long> districtsOf(TerritoryScope scope) {
		return switch (scope.level()) {
			case NOTHING -> Set.of();
			case CITY -> new TreeSet<>(jdbc.sql("select id from territory_placement where kind = 'DISTRICT'")
				.query(Long.class)
				.list());
			case HOUSEHOLD -> new TreeSet<>(jdbc.sql("select district_id from household_place where id = any(:ids)")
				.param("ids", scope.ids().toArray(Long[]::new))
				.query(Long.class)
				.list());
			default -> {
				Set<Long> districts = new TreeSet<>();
				scope.ids().forEach(id -> territory.findById(id)
					.map(node -> node.ancestorId(TerritoryKind.DISTRICT))
					.ifPresent(districts::add));
				yield districts;
			}
		};
	}

	/** Plans today for every district (the morning job). */
	void planToday() {
		ensurePlanned(today(), districtsOf(TerritoryScope.everything()));
	}
}
