package org.lifeline.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lifeline.dashboard.NodeFigures.BedFigures;
import org.lifeline.dashboard.NodeFigures.CaseFigures;
import org.lifeline.dashboard.NodeFigures.RequestFigures;
import org.lifeline.dashboard.NodeFigures.ScreeningFigures;
import org.lifeline.dashboard.NodeFigures.TripFigures;
import org.lifeline.dashboard.NodeFigures.ZoneFigures;

/** Reads a dashboard_figures row into {@link NodeFigures}. */
final class FiguresRows {

	static final String COLUMNS = """
			code, name, kind, day, as_of, residents, vulnerable, sealed_units, sealed_residents, controlled_units,
			controlled_residents, precaution_units, precaution_residents, open_requests, overdue_requests, new_cases,
			new_under_control, new_in_screening, awaiting_transfer, in_transfer, in_facilities, backlog_over_24h,
			clear_daily_backlog, last_screening_positive, beds_capacity, beds_free, trips_open, trips_under_way,
			screening_residents, screening_sampled, deliveries_pending, checkins_missed""";

	private FiguresRows() {
	}

	static NodeFigures map(ResultSet rs, int row) throws SQLException {
		LocalDate day = rs.getObject("day", LocalDate.class);
		Map<String, ZoneFigures> zones = new LinkedHashMap<>();
		zones.put("SEALED", new ZoneFigures(rs.getLong("sealed_units"), rs.getLong("sealed_residents")));
		zones.put("CONTROLLED", new ZoneFigures(rs.getLong("controlled_units"), rs.getLong("controlled_residents")));
		zones.put("PRECAUTION", new ZoneFigures(rs.getLong("precaution_units"), rs.getLong("precaution_residents")));
		LocalDate lastOutside = rs.getObject("last_screening_positive", LocalDate.class);
		CaseFigures cases = new CaseFigures(rs.getLong("new_cases"), rs.getLong("new_under_control"),
				rs.getLong("new_in_screening"), rs.getLong("awaiting_transfer"), rs.getLong("in_transfer"),
				rs.getLong("in_facilities"), rs.getLong("backlog_over_24h"), rs.getLong("clear_daily_backlog"),
				lastOutside, lastOutside == null ? null : ChronoUnit.DAYS.between(lastOutside, day));
		long inScope = rs.getLong("screening_residents");
		long sampled = rs.getLong("screening_sampled");
		ScreeningFigures screening = new ScreeningFigures(inScope, sampled,
				inScope == 0 ? null : Math.round(1000.0 * sampled / inScope) / 10.0);
		return new NodeFigures(rs.getString("code"), rs.getString("name"), rs.getString("kind"), day,
				rs.getObject("as_of", OffsetDateTime.class).toInstant(), rs.getLong("residents"),
				rs.getLong("vulnerable"), zones,
				new RequestFigures(rs.getLong("open_requests"), rs.getLong("overdue_requests")), cases,
				new BedFigures(rs.getLong("beds_capacity"), rs.getLong("beds_free")),
				new TripFigures(rs.getLong("trips_open"), rs.getLong("trips_under_way")), screening,
				rs.getInt("deliveries_pending"), rs.getInt("checkins_missed"));
	}
}
