package org.lifeline.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.lifeline.cases.CaseReports;
import org.lifeline.cases.CaseSource;
import org.lifeline.cases.CaseType;
import org.lifeline.cases.FoundBy;
import org.lifeline.cases.NewCase;
import org.lifeline.territory.TerritoryScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Thirty days of positive cases for the demo city, reported through the cases module's own use cases at times
 * counted back from the clock (isolation's desks then admit and discharge those that have gone to a bed): a rise
 * and fall of new cases clustered in a few compounds (some in the demo street), the older ones discharged, most of
 * the last days' admitted, and a backlog of positives reported before today still waiting at home.
 */
@Component
class DemoCases {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	static final int DAYS = 30;

	private final CaseReports reports;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCases(CaseReports reports, JdbcClient jdbc, Clock clock) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Reports the fourteen days of cases and answers, for those that have since gone to a bed, when they set off,
	 * arrived and (the older ones) went home: isolation admits them at its desks at those times.
	 */
	List<Admission> create(DemoScale scale) {
		Random random = new Random(DemoCity.DEFAULT_SEED);
		List<Long> people = candidates(random);
		int peak = Math.min(120, Math.max(8, scale.residents() / 25_000));
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		int next = 0;
		int made = 0;
		List<Admission> admissions = new ArrayList<>();
		for (int back = DAYS - 1; back >= 0 && next < people.size(); back--) {
			int count = (int) Math.round(peak * (0.3 + 0.7 * Math.sin(Math.PI * (DAYS - 1 - back) / (DAYS - 1))));
			for (int i = 0; i < count && next < people.size(); i++) {
				LocalDate day = today.minusDays(back);
				Instant at = day.atTime(LocalTime.of(7, 0)).atZone(clock.getZone()).toInstant()
					.plus(Duration.ofMinutes(37L * i));
				if (at.isAfter(now)) {
					at = now.minus(Duration.ofMinutes(count - i));
					day = LocalDate.ofInstant(at, clock.getZone());
				}
				made += one(people.get(next++), day, at, back, random, now, admissions) ? 1 : 0;
			}
		}
		log.info("Demo cases: {} positives over {} days, {} of them since taken to a bed", made, DAYS, admissions.size());
		return admissions;
	}

	private boolean one(long residentId, LocalDate day, Instant at, int back, Random random, Instant now,
			List<Admission> admissions) {
		CaseType type = random.nextInt(10) == 0 ? CaseType.CONFIRMED : CaseType.ASYMPTOMATIC;
		FoundBy foundBy = random.nextInt(100) < 85 ? FoundBy.CONTROL : FoundBy.SCREENING;
		CaseSource source = random.nextInt(10) == 0 ? CaseSource.HOSPITAL : CaseSource.DISTRICT;
		long id;
		try {
			id = reports.report(new NewCase(residentId, type, day, foundBy, source, null), TerritoryScope.everything(),
					source == CaseSource.HOSPITAL ? "hospital" : "district", at).id();
		}
		catch (RuntimeException e) {
			log.debug("Demo case for resident {} skipped: {}", residentId, e.getMessage());
			return false;
		}
		boolean waits = back == 0 || (back <= 2 && random.nextInt(10) < 3);
		if (!waits) {
			Instant moved = earlier(at.plus(Duration.ofHours(6 + random.nextInt(20))), now);
			Instant out = at.plus(Duration.ofDays(9 + random.nextInt(3)));
			admissions.add(new Admission(id, moved, earlier(moved.plus(Duration.ofHours(2)), now),
					out.isBefore(now) ? out : null));
		}
		return true;
	}

	private static Instant earlier(Instant at, Instant now) {
		return at.isAfter(now) ? now : at;
	}

	/** A demo case that went to a bed: when the bus set off, when the desk admitted it, when it went home (or null). */
	record Admission(long caseId, Instant transferAt, Instant admittedAt, Instant dischargedAt) {
	}

	/** Residents of a few clustered compounds, three of them in the demo street, in a seeded random order. */
	private List<Long> candidates(Random random) {
		List<Long> compounds = new ArrayList<>(jdbc.sql("""
				select c.id from territory_node c
				where c.kind = 'COMPOUND' and c.street_id = (select territory_id from app_user where username = 'street')
				order by c.id limit 3""").query(Long.class).list());
		compounds.addAll(jdbc.sql("""
				select id from territory_node where kind = 'COMPOUND' and not (id = any(?))
				order by md5(id::text) limit 25""").param(compounds.toArray(Long[]::new)).query(Long.class).list());
		List<Long> people = new ArrayList<>(jdbc.sql("""
				select r.id from resident r where r.compound_id = any(?) order by r.id""")
			.param(compounds.toArray(Long[]::new))
			.query(Long.class)
			.list());
		Collections.shuffle(people, random);
		return people;
	}
}
