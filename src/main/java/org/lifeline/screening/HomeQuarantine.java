package org.lifeline.screening;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lifeline.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Close contacts under home quarantine (居家隔离): each one gets a single-tube sample at the door every day from
 * tomorrow up to the end of the quarantine. A resident already holding the day's task keeps the one task.
 */
@Service
public class HomeQuarantine {

	private final JdbcClient jdbc;

	private final QuarantinePlaces places;

	private final Clock clock;

	HomeQuarantine(JdbcClient jdbc, QuarantinePlaces places, Clock clock) {
		this.jdbc = jdbc;
		this.places = places;
		this.clock = clock;
	}

	/** Puts the residents under home quarantine until the given day; answers how many daily tasks were added. */
	@Transactional
	public int quarantine(List<Long> residentIds, LocalDate until, String why) {
		if (until == null) {
			throw new InvalidInputException("until", "a quarantine has an end date",
					"problem.screening.quarantineEnd");
		}
		if (residentIds.isEmpty()) {
			return 0;
		}
		LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
		if (until.isBefore(tomorrow)) {
			return 0;
		}
		Map<Long, QuarantinePlaces.Place> homes = places.of(residentIds);
		List<Long> ids = List.copyOf(homes.keySet());
		return jdbc.sql("""
				insert into home_sampling_task (resident_id, household_id, building_id, compound_id, committee_id,
				    district_id, reason, due_on, note, created_at)
				select p.resident_id, p.household_id, p.building_id, p.compound_id, p.committee_id, p.district_id,
				       'CLOSE_CONTACT', d::date, :why, :now
				from unnest(:residents, :households, :buildings, :compounds, :committees, :districts)
				     as p (resident_id, household_id, building_id, compound_id, committee_id, district_id)
				cross join generate_series(cast(:from as date)::timestamp, cast(:until as date)::timestamp, interval '1 day') d
				on conflict (resident_id, reason, due_on) where status = 'OPEN' do nothing""")
			.param("residents", ids.toArray(Long[]::new))
			.param("households", ids.stream().map(id -> homes.get(id).householdId()).toArray(Long[]::new))
			.param("buildings", ids.stream().map(id -> homes.get(id).buildingId()).toArray(Long[]::new))
			.param("compounds", ids.stream().map(id -> homes.get(id).compoundId()).toArray(Long[]::new))
			.param("committees", ids.stream().map(id -> homes.get(id).committeeId()).toArray(Long[]::new))
			.param("districts", ids.stream().map(id -> homes.get(id).districtId()).toArray(Long[]::new))
			.param("from", Date.valueOf(tomorrow))
			.param("until", Date.valueOf(until))
			.param("why", why == null ? null : why.length() > 200 ? why.substring(0, 200) : why)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * Whether the resident is under quarantine or control today: a close contact with a daily task still due, or
	 * a member of a positive pool awaiting a single-tube recheck.
	 */
	@Transactional(readOnly = true)
	public boolean isUnderControl(long residentId) {
		return jdbc.sql("""
				select exists (select 1 from home_sampling_task
				               where resident_id = :resident and reason = 'CLOSE_CONTACT' and due_on >= :today)
				    or exists (select 1 from resident_screening
				               where resident_id = :resident and status = 'AWAITING_RECHECK')""")
			.param("resident", residentId)
			.param("today", Date.valueOf(LocalDate.now(clock)))
			.query(Boolean.class)
			.single();
	}
}
