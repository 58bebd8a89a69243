package org.lifeline.cases;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfer all, clear daily (应转尽转、日清日结): the positives of a territory reported before today and still
 * not admitted, oldest first, for the street task force's and the district command's home.
 */
@Service
public class ClearDaily {

	/** Most waiting cases listed one by one (the streets' counts cover them all). */
	public static final int MAX_LISTED = 200;

	private final JdbcClient jdbc;

	private final Territory territory;

	private final Clock clock;

	ClearDaily(JdbcClient jdbc, Territory territory, Clock clock) {
		this.jdbc = jdbc;
		this.territory = territory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Backlog backlog(TerritoryScope scope) {
		LocalDate today = LocalDate.now(clock);
		Instant now = clock.instant();
		String where = "c.status in ('REPORTED', 'AWAITING_TRANSFER', 'IN_TRANSFER') and c.reported_on < :today and "
				+ scope.condition("c");
		Map<Long, long[]> perStreet = new LinkedHashMap<>();
		jdbc.sql("select c.street_id, count(*), min(c.reported_at) from positive_case c where " + where
				+ " group by c.street_id order by min(c.reported_at)")
			.param("today", Date.valueOf(today))
			.query((rs, n) -> perStreet.put(rs.getLong(1),
					new long[] { rs.getLong(2), hours(rs.getTimestamp(3).toInstant(), now) }))
			.list();
		List<Backlog.Waiting> waiting = jdbc.sql("select c.id, c.resident_id, c.compound_code, c.compound_name, c.street_id, "
				+ "c.type, c.status, c.reported_on, c.reported_at, c.escalated_at from positive_case c where " + where
				+ " order by c.reported_at, c.id limit :limit")
			.param("today", Date.valueOf(today))
			.param("limit", MAX_LISTED)
			.query((rs, n) -> new Backlog.Waiting(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), CaseType.valueOf(rs.getString(6)), CaseStatus.valueOf(rs.getString(7)),
					rs.getObject(8, LocalDate.class), rs.getTimestamp(9).toInstant(),
					hours(rs.getTimestamp(9).toInstant(), now), rs.getTimestamp(10) != null))
			.list();
		Map<Long, String> names = new HashMap<>();
		List<Backlog.Street> streets = perStreet.entrySet()
			.stream()
			.map(e -> new Backlog.Street(e.getKey(), names.computeIfAbsent(e.getKey(), id -> territory.byId(id).name()),
					(int) e.getValue()[0], e.getValue()[1]))
			.toList();
		int total = streets.stream().mapToInt(Backlog.Street::waiting).sum();
		return new Backlog(scope.code(), today, total, streets, waiting);
	}

	static long hours(Instant since, Instant now) {
		return Math.max(0, Duration.between(since, now).toHours());
	}
}
