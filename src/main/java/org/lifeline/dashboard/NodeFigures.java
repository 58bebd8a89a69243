package org.lifeline.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One territory node's figures on one day, as of a time: residents, zones, requests, cases, beds, trips, the latest
 * screening's coverage, deliveries pending and check-ins missed.
 */
public record NodeFigures(String code, String name, String kind, LocalDate day, Instant asOf, long residents,
		long vulnerable, Map<String, ZoneFigures> zones, RequestFigures requests, CaseFigures cases, BedFigures beds,
		TripFigures trips, ScreeningFigures screening, int deliveriesPending, int checkInsMissed) {

	/** Units of a zone and the residents living in them. */
	public record ZoneFigures(long units, long residents) {
	}

	public record RequestFigures(long open, long overdue) {
	}

	/**
	 * New cases of the day (found under control and in screening), cases waiting at home, in transfer and in
	 * facilities, those waiting over 24 hours, the clear-daily backlog (reported before the day and still not
	 * admitted), and the date of the last positive found outside control (in screening).
	 */
	public record CaseFigures(long newToday, long newUnderControl, long newInScreening, long awaitingTransfer,
			long inTransfer, long inFacilities, long backlogOver24h, long clearDailyBacklog,
			LocalDate lastFoundOutsideControl, Long daysSinceFoundOutsideControl) {
	}

	public record BedFigures(long capacity, long free) {
	}

	public record TripFigures(long open, long underWay) {
	}

	/** The latest round's residents in scope and sampled, and the share sampled in percent (null without a round). */
	public record ScreeningFigures(long residents, long sampled, Double coverage) {
	}

	public long zoneUnits(String zone) {
		ZoneFigures figures = zones.get(zone);
		return figures == null ? 0 : figures.units();
	}
}
