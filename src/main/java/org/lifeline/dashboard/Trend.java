package org.lifeline.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lifeline.dashboard.NodeFigures.ZoneFigures;

/** A node's figures day by day, oldest first, as they were kept at the end of each day (today's as of now). */
public record Trend(String code, String name, List<Day> days) {

	public record Day(LocalDate date, long newCases, long newUnderControl, long newInScreening,
			Map<String, ZoneFigures> zones, long openRequests, long overdueRequests, long bedsFree,
			long clearDailyBacklog, long awaitingTransfer) {

		static Day of(NodeFigures f) {
			return new Day(f.day(), f.cases().newToday(), f.cases().newUnderControl(), f.cases().newInScreening(),
					f.zones(), f.requests().open(), f.requests().overdue(), f.beds().free(),
					f.cases().clearDailyBacklog(), f.cases().awaitingTransfer());
		}
	}
}
