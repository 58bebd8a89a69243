package org.lifeline.screening.rounds;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.Placement;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.territory.TerritoryScope.Level;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who is sampled at the door instead of at the point: residents who cannot get there (tagged seriously ill or
 * disabled: BED_BOUND) and the household members of residents awaiting a recheck, who stay in (HOME_ISOLATED).
 * The list is made when a round is planned; an open task for the same resident, reason and day is not repeated.
 */
@Component
class HomeSamplingList {

	static final Set<VulnerabilityTag> BED_BOUND = Set.of(VulnerabilityTag.SERIOUSLY_ILL, VulnerabilityTag.DISABLED);

	private static final Set<Level> COLUMNS = Set.of(Level.DISTRICT, Level.COMMITTEE, Level.COMPOUND, Level.BUILDING,
			Level.HOUSEHOLD);

	private final JdbcClient jdbc;

	private final ResidentRegistry residents;

	private final AreaCondition area;

	private final Clock clock;

	HomeSamplingList(JdbcClient jdbc, ResidentRegistry residents, AreaCondition area, Clock clock) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.area = area;
		this.clock = clock;
	}

	/** Adds the round's home-sampling tasks for the compounds; answers how many were added. */
	int makeFor(long roundId, LocalDate date, Set<Long> compoundIds, TerritoryScope roundScope) {
		List<Task> tasks = new ArrayList<>();
		residents.taggedWithAny(roundScope, BED_BOUND).forEach((id, place) -> {
			if (compoundIds.contains(place.compoundId())) {
				tasks.add(new Task(id, place, "BED_BOUND"));
			}
		});
		Map<Long, Long> staying = jdbc.sql("select resident_id, household_id from resident_screening "
				+ "where status = 'AWAITING_RECHECK' and compound_id = any(?)")
			.param(compoundIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		Set<Long> households = new HashSet<>(staying.values());
		for (long household : households) {
			for (ResidentView member : residents.members(household, TerritoryScope.everything())) {
				if (!staying.containsKey(member.id())) {
					residents.placements(List.of(member.id()))
						.forEach((id, place) -> tasks.add(new Task(id, place, "HOME_ISOLATED")));
				}
			}
		}
		return insert(roundId, date, tasks);
	}

	private int insert(long roundId, LocalDate date, List<Task> tasks) {
		if (tasks.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				insert into home_sampling_task (resident_id, round_id, household_id, building_id, compound_id, committee_id,
				    district_id, reason, due_on, created_at)
				select t.resident, :round, t.household, t.building, t.compound, t.committee, t.district, t.reason, :day, :now
				from unnest(:resident::bigint[], :household::bigint[], :building::bigint[], :compound::bigint[],
				    :committee::bigint[], :district::bigint[], :reason::varchar[])
				  as t(resident, household, building, compound, committee, district, reason)
				on conflict do nothing""")
			.param("round", roundId)
			.param("day", date)
			.param("now", Timestamp.from(clock.instant()))
			.param("resident", tasks.stream().map(Task::residentId).toArray(Long[]::new))
			.param("household", tasks.stream().map(t -> t.place().householdId()).toArray(Long[]::new))
			.param("building", tasks.stream().map(t -> t.place().buildingId()).toArray(Long[]::new))
			.param("compound", tasks.stream().map(t -> t.place().compoundId()).toArray(Long[]::new))
			.param("committee", tasks.stream().map(t -> t.place().committeeId()).toArray(Long[]::new))
			.param("district", tasks.stream().map(t -> t.place().districtId()).toArray(Long[]::new))
			.param("reason", tasks.stream().map(Task::reason).toArray(String[]::new))
			.update();
	}

	/**
	 * The home-sampling tasks within the scope still open by the day, and those that failed since it began (with the
	 * reason, so the committee sends someone again): failed first, then by building and room order.
	 */
	List<DoorTask> open(LocalDate by, TerritoryScope scope) {
		return jdbc.sql("select t.id, t.resident_id, t.building_id, t.household_id, t.reason, t.due_on, t.status, "
				+ "t.failure_reason, t.closed_by from home_sampling_task t "
				+ "where (t.status = 'OPEN' and t.due_on <= ? or t.status = 'FAILED' and t.due_on <= ? and t.done_at >= ?) and "
				+ area.of(scope, "t", COLUMNS)
				+ " order by t.status = 'FAILED' desc, t.building_id, t.household_id, t.resident_id limit 500")
			.params(by, by, Timestamp.from(by.atStartOfDay(clock.getZone()).toInstant()))
			.query((rs, n) -> new DoorTask(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8), rs.getString(9)))
			.list();
	}

	private record Task(long residentId, Placement place, String reason) {
	}

	/** A door-sampling task still to do, or failed today: by whom and why. */
	record DoorTask(long id, long residentId, long buildingId, long householdId, String reason, LocalDate dueOn,
			String status, String failureReason, String closedBy) {

		public boolean failed() {
			return "FAILED".equals(status);
		}
	}
}
