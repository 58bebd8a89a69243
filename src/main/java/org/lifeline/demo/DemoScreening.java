package org.lifeline.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.screening.LabResult;
import org.lifeline.screening.LabResults;
import org.lifeline.screening.ResultReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Yesterday's screening round on the first demo street: every compound in it, residents pooled ten to a tube per
 * building, with every sixth resident of every third building not sampled (coverage short there). The lab then
 * reports through screening's own use case: all tubes negative except one positive pool, whose members now await
 * their door rechecks today.
 */
@Component
class DemoScreening {

	private static final Logger log = LoggerFactory.getLogger(DemoScreening.class);

	private final JdbcClient jdbc;

	private final LabResults lab;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoScreening(JdbcClient jdbc, LabResults lab, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.lab = lab;
		this.transaction = transaction;
		this.clock = clock;
	}

	void create() {
		Long street = jdbc.sql("select territory_id from app_user where username = 'street'").query(Long.class)
			.optional().orElse(null);
		if (street == null) {
			return;
		}
		LocalDate yesterday = LocalDate.now(clock).minusDays(1);
		Long round = transaction.execute(status -> sample(street, yesterday));
		List<String> tubes = jdbc.sql("select tube_code from screening_tube where round_id = ? order by id")
			.param(round).query(String.class).list();
		if (tubes.isEmpty()) {
			return;
		}
		String reported = ZonedDateTime.of(yesterday.atTime(21, 30), clock.getZone()).toOffsetDateTime().toString();
		List<LabResult> results = new ArrayList<>(tubes.size());
		for (int i = 0; i < tubes.size(); i++) {
			results.add(new LabResult(tubes.get(i), i == 0 ? "POSITIVE" : "NEGATIVE", reported, null));
		}
		ResultReport report = lab.report(results, "lab");
		log.info("Demo screening round {} of {}: {} tubes reported, one positive pool awaiting rechecks", round,
				yesterday, report.applied());
	}

	private Long sample(long street, LocalDate day) {
		long round = jdbc.sql("""
				insert into screening_round (territory_id, district_id, round_date, rule_set, planned_by, created_at)
				select id, district_id, ?, 'SHANGHAI_2022_04', 'street', now() from territory_node where id = ?
				returning id""").params(day, street).query(Long.class).single();
		jdbc.sql("""
				insert into screening_round_unit (round_id, compound_id, committee_id, street_id, district_id, zone, method,
				    pool_size, residents, tubes_planned)
				select ?, compound_id, min(committee_id), min(street_id), min(district_id), 'SEALED', 'PCR_DAILY', 10,
				       count(*), ceil(count(*) / 10.0)
				from resident_roster where street_id = ? group by compound_id""").params(round, street).update();
		String sampledAt = "(?::date + time '09:00') at time zone '" + clock.getZone().getId() + "'";
		jdbc.sql("""
				create temp table demo_swab on commit drop as
				select r.*, 'D' || ? || '-' || r.building_id || '-' || ((n - 1) / 10) as tube_code
				from (select r.*, row_number() over (partition by r.building_id order by r.resident_id) as n
				      from resident_roster r where r.street_id = ?) r
				where not (r.building_id % 3 = 0 and r.n % 6 = 0)""").params(round, street).update();
		jdbc.sql("insert into screening_tube (tube_code, round_id, district_id, kind, pool_size, sampled_by, sampled_at, "
				+ "closed_at) select tube_code, ?, min(district_id), 'PCR_POOL', 10, 'sampler', " + sampledAt + ", "
				+ sampledAt + " from demo_swab group by tube_code").params(round, day, day).update();
		jdbc.sql("insert into screening_sample (tube_id, resident_id, round_id, household_id, building_id, compound_id, "
				+ "committee_id, street_id, district_id, sampled_at) select t.id, s.resident_id, ?, s.household_id, "
				+ "s.building_id, s.compound_id, s.committee_id, s.street_id, s.district_id, t.sampled_at "
				+ "from demo_swab s join screening_tube t on t.tube_code = s.tube_code").param(round).update();
		return round;
	}
}
