package org.lifeline.medical;

import java.time.Instant;

/** A trip order with where the patient lives and is picked up, ready to be written. */
record NewTrip(TripOrder order, long residentId, long householdId, Long buildingId, long compoundId, long committeeId,
		long streetId, long districtId, String address, double lat, double lon, Instant returnReadyAt,
		String createdBy) {
}
