package org.lifeline.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes rounds, tubes and the residents swabbed into them straight into screening's tables, as the samplers'
 * scans would, so results, rechecks and coverage can be tested on their own.
 */
public final class ScreeningFixture {

	private final JdbcClient jdbc;

	private final String prefix = "T" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();

	private int tubes;

	public ScreeningFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A round on the date covering the compounds, every resident in them in scope. */
	public long round(LocalDate date, TerritoryNode planner, TerritoryNode... compounds) {
		long round = jdbc.sql("""
				insert into screening_round (territory_id, district_id, round_date, rule_set, planned_by, created_at)
				values (?, ?, ?, 'SHANGHAI_2022_04', 'test', now()) returning id""")
			.params(planner.id(), planner.districtId(), date)
			.query(Long.class)
			.single();
		for (TerritoryNode compound : compounds) {
			jdbc.sql("""
					insert into screening_round_unit (round_id, compound_id, committee_id, street_id, district_id, zone,
					    method, pool_size, residents, tubes_planned)
					select ?, ?, ?, ?, ?, 'SEALED', 'PCR_DAILY', 10, count(*), ceil(count(*) / 10.0)
					from resident_roster where compound_id = ?""")
				.params(round, compound.id(), compound.committeeId(), compound.streetId(), compound.districtId(),
						compound.id())
				.update();
		}
		return round;
	}

	/** A pooled tube of the round holding these residents, sampled at the time; answers its code. */
	public String pool(Long round, Instant sampledAt, long... residents) {
		return tube(round, "PCR_POOL", 10, sampledAt, residents);
	}

	/** A single tube of one resident (a recheck when the resident awaits one). */
	public String single(Long round, Instant sampledAt, long resident) {
		return tube(round, "PCR_SINGLE", 1, sampledAt, resident);
	}

	private String tube(Long round, String kind, int size, Instant sampledAt, long... residents) {
		String code = prefix + String.format("%05d", ++tubes);
		Timestamp at = Timestamp.from(sampledAt);
		long tube = jdbc.sql("""
				insert into screening_tube (tube_code, round_id, district_id, kind, pool_size, sampled_by, sampled_at,
				    closed_at)
				select ?, ?, district_id, ?, ?, 'sampler', ?, ? from resident_roster where resident_id = ?
				returning id""")
			.params(code, round, kind, size, at, at, residents[0])
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into screening_sample (tube_id, resident_id, round_id, household_id, building_id, compound_id,
				    committee_id, street_id, district_id, sampled_at)
				select ?, resident_id, ?, household_id, building_id, compound_id, committee_id, street_id, district_id, ?
				from resident_roster where resident_id = any(?)""")
			.params(tube, round, at, residentArray(residents))
			.update();
		return code;
	}

	private static Long[] residentArray(long... residents) {
		return java.util.Arrays.stream(residents).boxed().toArray(Long[]::new);
	}

	/** The status of a resident's screening, CLEAR when none is recorded. */
	public String status(long resident) {
		return jdbc.sql("select status from resident_screening where resident_id = ?")
			.param(resident)
			.query(String.class)
			.optional()
			.orElse("CLEAR");
	}

	/** The reasons and due dates of the resident's open home-sampling tasks, as "RECHECK 2022-04-04". */
	public List<String> openTasks(long resident) {
		return jdbc.sql("select reason || ' ' || due_on from home_sampling_task where resident_id = ? and status = 'OPEN' order by due_on, reason")
			.param(resident)
			.query(String.class)
			.list();
	}

	/** Marks the resident's open tasks done with the tube, as the sampler's scan does. */
	public void sampledAtHome(long resident, String tubeCode) {
		jdbc.sql("""
				update home_sampling_task set status = 'DONE', done_at = now(),
				    tube_id = (select id from screening_tube where tube_code = ?)
				where resident_id = ? and status = 'OPEN'""")
			.params(tubeCode, resident)
			.update();
	}

	/** A bed-bound resident sampled at home for the round: a single tube and the home task done with it. */
	public String sampledAtHomeFor(long round, Instant at, long resident) {
		String code = single(null, at, resident);
		jdbc.sql("""
				insert into home_sampling_task (resident_id, round_id, household_id, building_id, compound_id,
				    committee_id, district_id, reason, due_on, status, tube_id, created_at, done_at)
				select r.resident_id, ?, r.household_id, r.building_id, r.compound_id, r.committee_id, r.district_id,
				       'BED_BOUND', current_date, 'DONE', t.id, now(), now()
				from resident_roster r, screening_tube t where r.resident_id = ? and t.tube_code = ?""")
			.params(round, resident, code)
			.update();
		return code;
	}

	/** Exempts a resident from the round's date on. */
	public void exempt(long resident, LocalDate from, String reason) {
		jdbc.sql("""
				insert into screening_exemption (resident_id, compound_id, district_id, reason, valid_from, recorded_by,
				    recorded_at)
				select resident_id, compound_id, district_id, ?, ?, 'test', now() from resident_roster where resident_id = ?""")
			.params(reason, from, resident)
			.update();
	}
}
