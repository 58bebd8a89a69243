package org.lifeline.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A node's kept figures over the last days: one row per day read, nothing recounted. */
@Service
public class Trends {

	static final int MAX_DAYS = 90;

	private final JdbcClient jdbc;

	private final Clock clock;

	Trends(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Trend of(TerritoryNode node, int days) {
		if (days < 1 || days > MAX_DAYS) {
			throw new InvalidInputException("days", "days must be between 1 and " + MAX_DAYS + ", not " + days,
					"problem.dashboard.days", String.valueOf(MAX_DAYS), String.valueOf(days));
		}
		LocalDate today = LocalDate.now(clock);
		return new Trend(node.code(), node.name(), jdbc.sql("select " + FiguresRows.COLUMNS
				+ " from dashboard_figures where node_id = :node and day > :from and day <= :today order by day")
			.param("node", node.id())
			.param("from", today.minusDays(days))
			.param("today", today)
			.query(FiguresRows::map)
			.list()
			.stream()
			.map(Trend.Day::of)
			.toList());
	}
}
