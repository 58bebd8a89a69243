package org.lifeline.medical;

import java.util.List;

/**
 * A hospital closed; the listed trips had not picked up their patient and wait for re-routing. The district's
 * command is told (notifications).
 */
public record HospitalClosed(String hospitalCode, String hospitalName, long districtId, String districtCode,
		List<Long> tripsToReroute) {
}
