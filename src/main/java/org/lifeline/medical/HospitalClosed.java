package org.lifeline.medical;

import java.util.List;

/** A hospital closed; the listed trips had not picked up their patient and wait for re-routing. */
public record HospitalClosed(String hospitalCode, String districtCode, List<Long> tripsToReroute) {
}
