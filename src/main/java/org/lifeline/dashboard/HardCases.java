package org.lifeline.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Hard cases (拔钉子) of a node, found by the last summary pass: compounds with new positives on 3 or more of the
 * last 5 days or sealed for more than 14 days, each with its new cases of the last 14 days from the kept figures.
 */
@Service
public class HardCases {

	static final int HISTORY_DAYS = 14;

	private final JdbcClient jdbc;

	HardCases(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A hard case with its district, why it is one, and its new cases per day (oldest first). */
	public record HardCase(String code, String name, String districtCode, String districtName, int positiveDays,
			Instant sealedSince, LocalDate lastPositive, List<Long> newCasesByDay) {
	}

	public List<HardCase> of(TerritoryNode node, LocalDate today) {
		record Row(long id, String code, String name, String districtCode, String districtName, int positiveDays,
				Instant sealedSince, LocalDate lastPositive) {
		}
		List<Row> rows = jdbc.sql("""
				select h.compound_id, h.code, h.name, d.code, d.name, h.positive_days, h.sealed_since, h.last_positive
				from dashboard_hard_case h
				join territory_placement d on d.id = h.district_id
				where %s
				order by d.code, h.positive_days desc, h.sealed_since nulls last, h.code""".formatted(CompoundScope.hardCases(node)))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getInt(6), instant(rs.getObject(7, OffsetDateTime.class)), rs.getObject(8, LocalDate.class)))
			.list();
		Map<Long, long[]> history = new HashMap<>();
		if (!rows.isEmpty()) {
			LocalDate from = today.minusDays(HISTORY_DAYS - 1);
			jdbc.sql("""
					select node_id, day, new_cases from dashboard_figures
					where node_id = any(:ids) and day between :from and :today""")
				.param("ids", rows.stream().map(Row::id).toArray(Long[]::new))
				.param("from", from)
				.param("today", today)
				.query((rs, n) -> history.computeIfAbsent(rs.getLong(1), k -> new long[HISTORY_DAYS])[(int) (rs
					.getObject(2, LocalDate.class).toEpochDay() - from.toEpochDay())] = rs.getLong(3))
				.list();
		}
		return rows.stream()
			.map(r -> new HardCase(r.code(), r.name(), r.districtCode(), r.districtName(), r.positiveDays(),
					r.sealedSince(), r.lastPositive(),
					java.util.Arrays.stream(history.getOrDefault(r.id(), new long[HISTORY_DAYS])).boxed().toList()))
			.toList();
	}

	private static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}
}
