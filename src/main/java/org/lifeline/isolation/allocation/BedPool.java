package org.lifeline.isolation.allocation;

import org.lifeline.isolation.BedKind;
import org.lifeline.isolation.FacilityKind;

/** The free beds of one kind in one open facility (a city-level facility has no district). */
public record BedPool(long facilityId, String facilityCode, FacilityKind facilityKind, Long districtId, double lat,
		double lon, BedKind bedKind, int free) {

}
