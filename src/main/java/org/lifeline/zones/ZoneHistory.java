package org.lifeline.zones;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's zone history as periods of days, read from its recorded changes: what a work-absence certificate is
 * issued from. A unit changed at Shanghai midnight left its old zone the day before.
 */
@Service
public class ZoneHistory {

	private final JdbcClient jdbc;

	ZoneHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The periods of a compound (or of a building that is a unit of its own), oldest first. */
	@Transactional(readOnly = true)
	public List<ZonePeriod> periods(long unitId) {
		List<Change> changes = jdbc
			.sql("select to_zone, changed_at from zone_change where unit_id = ? order by changed_at, id")
			.param(unitId)
			.query((rs, n) -> new Change(Zone.valueOf(rs.getString(1)), rs.getTimestamp(2).toInstant()))
			.list();
		List<ZonePeriod> periods = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			Change change = changes.get(i);
			LocalDate from = day(change.at());
			LocalDate to = i + 1 < changes.size() ? day(changes.get(i + 1).at().minusNanos(1000)) : null;
			if (to == null || !to.isBefore(from)) {
				periods.add(new ZonePeriod(change.zone(), from, to));
			}
		}
		return periods;
	}

	private static LocalDate day(Instant at) {
		return LocalDate.ofInstant(at, Zoning.SHANGHAI);
	}

	private record Change(Zone zone, Instant at) {
	}
}
