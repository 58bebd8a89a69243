package org.lifeline.medical;

import java.time.Instant;
import java.util.List;

/**
 * A closed-loop trip as pages and the API show it: the patient and where to pick them up, the hospital, what
 * they need on the way, the status of the loop, both legs with their vehicle and planned window, a flag when the
 * hospital closed and the trip must be re-routed, and the timeline of every step. A trip to a named site that
 * is not a hospital (an exam) has no hospital code; its site's name stands as the hospital name and its address is
 * given.
 */
public record TripView(long id, TripStatus status, Need need, int priority, long residentId, String residentName,
		long householdId, long compoundId, long streetId, long districtId, String pickupAddress, double pickupLat,
		double pickupLon, String hospitalCode, String hospitalName, double hospitalLat, double hospitalLon,
		String siteAddress, PatientNeeds needs, String escort,
		Instant requestedAt, Instant readyAt, Long requestId, String rerouteReason, LegView outbound,
		LegView inbound, Instant closedAt, int version, List<TripStep> timeline) {

	/** Whether the trip is flagged for re-routing (its hospital closed before the patient got there). */
	public boolean needsReroute() {
		return rerouteReason != null;
	}

	/** Whether the trip goes to a named site rather than a hospital. */
	public boolean toSite() {
		return hospitalCode == null;
	}

	/** The leg the trip is on or waiting for now. */
	public LegView currentLeg() {
		return status == TripStatus.AT_HOSPITAL || status == TripStatus.RETURNING || status == TripStatus.HOME
				? inbound : outbound;
	}

	public TripView withTimeline(List<TripStep> steps) {
		return new TripView(id, status, need, priority, residentId, residentName, householdId, compoundId, streetId,
				districtId, pickupAddress, pickupLat, pickupLon, hospitalCode, hospitalName, hospitalLat, hospitalLon, siteAddress, needs, escort,
				requestedAt, readyAt, requestId, rerouteReason, outbound, inbound, closedAt, version, List.copyOf(steps));
	}
}
