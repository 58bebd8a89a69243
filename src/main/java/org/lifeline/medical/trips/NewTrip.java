package org.lifeline.medical.trips;

import java.time.Instant;

import org.lifeline.medical.TripOrder;
import org.lifeline.medical.TripSite;

/** A trip order with where the patient lives and is picked up, ready to be written; the site is null for a hospital. */
public record NewTrip(TripOrder order, long residentId, long householdId, Long buildingId, long compoundId, long committeeId,
		long streetId, long districtId, String address, double lat, double lon, Instant returnReadyAt,
		String createdBy, TripSite site) {
}
