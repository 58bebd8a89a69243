package org.lifeline.screening.rechecks;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.lifeline.screening.PoolTestedPositive;
import org.lifeline.screening.ResidentTestedPositive;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What changed tube results mean for people (DESIGN §4.2), as set-based statements over the merge's
 * {@code result_change} table inside its transaction: a positive pool puts every member in AWAITING_RECHECK with a
 * single-tube RECHECK at their door today; a positive single tube makes its resident POSITIVE; a negative single
 * tube clears a resident awaiting recheck, with a FOLLOW_UP tube tomorrow; an invalid tube sends its members a
 * RESAMPLE today. The events go out through Spring's publisher and reach listeners after commit.
 */
@Component
public class RecheckEffects {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RecheckEffects(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Applies the effects of every tube in {@code result_change}. */
	public void apply(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, clock.getZone());
		Timestamp at = Timestamp.from(now);
		positivePools(today, at);
		positiveSingles();
		negativeRechecks(today, at);
		HomeTasks.add(jdbc, """
				select s.resident_id, s.round_id, s.household_id, s.building_id, s.compound_id, s.committee_id,
				       s.district_id from result_change c join screening_sample s on s.tube_id = c.tube_id
				where c.result = 'INVALID'""", "RESAMPLE", today, at);
	}

	private void positivePools(LocalDate today, Timestamp at) {
		String members = """
				from result_change c join screening_sample s on s.tube_id = c.tube_id
				where c.kind = 'PCR_POOL' and c.result = 'POSITIVE' and c.old_result is distinct from 'POSITIVE'""";
		jdbc.sql("""
				insert into resident_screening (resident_id, household_id, compound_id, committee_id, district_id, status,
				    since, cause_tube_id, follow_up_on)
				select distinct on (s.resident_id) s.resident_id, s.household_id, s.compound_id, s.committee_id,
				       s.district_id, 'AWAITING_RECHECK', c.reported_at, c.tube_id, null::date
				""" + members + """
				 order by s.resident_id, c.reported_at desc
				on conflict (resident_id) do update set status = 'AWAITING_RECHECK', since = excluded.since,
				    cause_tube_id = excluded.cause_tube_id, follow_up_on = null
				where resident_screening.status <> 'POSITIVE'""")
			.update();
		HomeTasks.add(jdbc, """
				select s.resident_id, s.round_id, s.household_id, s.building_id, s.compound_id, s.committee_id,
				       s.district_id
				""" + members + """
				 and not exists (select 1 from resident_screening p where p.resident_id = s.resident_id
				    and p.status = 'POSITIVE')""", "RECHECK", today, at);
		jdbc.sql("""
				select c.tube_id, c.tube_code, t.round_id, array_agg(s.resident_id order by s.resident_id), c.reported_at
				from result_change c join screening_tube t on t.id = c.tube_id
				join screening_sample s on s.tube_id = c.tube_id
				where c.kind = 'PCR_POOL' and c.result = 'POSITIVE' and c.old_result is distinct from 'POSITIVE'
				group by c.tube_id, c.tube_code, t.round_id, c.reported_at""")
			.query((rs, n) -> new PoolTestedPositive(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
					ids(rs.getArray(4)), rs.getTimestamp(5).toInstant()))
			.list()
			.forEach(events::publishEvent);
	}

	private void positiveSingles() {
		String singles = """
				from result_change c join screening_sample s on s.tube_id = c.tube_id
				where c.kind = 'PCR_SINGLE' and c.result = 'POSITIVE' and c.old_result is distinct from 'POSITIVE'""";
		jdbc.sql("""
				insert into resident_screening (resident_id, household_id, compound_id, committee_id, district_id, status,
				    since, cause_tube_id, follow_up_on)
				select distinct on (s.resident_id) s.resident_id, s.household_id, s.compound_id, s.committee_id,
				       s.district_id, 'POSITIVE', c.reported_at, c.tube_id, null::date
				""" + singles + """
				 order by s.resident_id, c.reported_at desc
				on conflict (resident_id) do update set status = 'POSITIVE', since = excluded.since,
				    cause_tube_id = excluded.cause_tube_id, follow_up_on = null""")
			.update();
		jdbc.sql("select s.resident_id, s.compound_id, s.building_id, s.district_id, c.tube_code, s.sampled_at, c.reported_at "
				+ singles + " order by s.resident_id")
			.query((rs, n) -> new ResidentTestedPositive(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
			.list()
			.forEach(events::publishEvent);
	}

	private void negativeRechecks(LocalDate today, Timestamp at) {
		LocalDate tomorrow = today.plusDays(1);
		jdbc.sql("""
				update resident_screening r set status = 'CLEAR', since = c.reported_at, cause_tube_id = c.tube_id,
				    follow_up_on = ?
				from result_change c join screening_sample s on s.tube_id = c.tube_id
				where c.kind = 'PCR_SINGLE' and c.result = 'NEGATIVE' and c.old_result is distinct from 'POSITIVE'
				  and r.resident_id = s.resident_id and r.status = 'AWAITING_RECHECK'""")
			.param(tomorrow)
			.update();
		HomeTasks.add(jdbc, """
				select s.resident_id, s.round_id, s.household_id, s.building_id, s.compound_id, s.committee_id,
				       s.district_id from result_change c join screening_sample s on s.tube_id = c.tube_id
				join resident_screening r on r.resident_id = s.resident_id
				where c.kind = 'PCR_SINGLE' and c.result = 'NEGATIVE' and r.status = 'CLEAR' and r.cause_tube_id = c.tube_id
				  and r.follow_up_on = '""" + tomorrow + "'", "FOLLOW_UP", tomorrow, at);
	}

	private static List<Long> ids(Array array) throws SQLException {
		return Arrays.asList((Long[]) array.getArray());
	}
}
