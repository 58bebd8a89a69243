package org.lifeline.isolation;

import java.util.Map;

/** A change to a facility; absent fields stay as they are, and only the bed kinds given change capacity. */
public record FacilityChange(String name, String address, Double lat, Double lon, Boolean open,
		Map<String, Integer> beds) {
}
