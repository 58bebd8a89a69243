package org.lifeline.medical;

import java.time.Instant;
import java.util.List;

/**
 * A hospital as the API and pages show it: what it is for, where, whether it receives patients now, its daily
 * capacity where it matters, and how many pending trips wait for re-routing since it closed.
 */
public record HospitalView(String code, String name, List<HospitalKind> kinds, boolean open, long districtId, String districtCode,
		String districtName, String address, double lat, double lon, Integer dialysisSlots, Integer obstetricBeds,
		String closedReason, Instant updatedAt, String updatedBy, int tripsToReroute) {

	public boolean is(HospitalKind kind) {
		return kinds.contains(kind);
	}
}
