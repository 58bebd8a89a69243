package org.lifeline.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The daily bulletin of a territory for a date, as 上海发布 published it each morning. New confirmed counts the
 * cases reported as confirmed that day plus the asymptomatic cases converted that day ({@code conversions});
 * found under control and found in screening split the cases first reported that day. In facilities and the
 * backlog are as at the end of the day; the zones are the units and residents per zone as they stand now.
 */
public record Bulletin(LocalDate date, String territory, String territoryName, int newConfirmed, int newAsymptomatic,
		int conversions, int foundUnderControl, int foundInScreening, int discharged, int inFacilities, int backlog,
		Map<String, ZoneFigures> zones, List<CompoundLine> compounds, Detail detail) {

	/** Zone units (compounds) and the residents living in them. */
	public record ZoneFigures(long units, long residents) {
	}

	/** A compound where one of the day's positives lives. */
	public record CompoundLine(String districtCode, String districtName, String name) {
	}

	/** The finer split the official text needs. */
	public record Detail(int confirmedReported, int confirmedUnderControl, int asymptomaticUnderControl,
			int dischargedConfirmed, int dischargedAsymptomatic) {
	}
}
