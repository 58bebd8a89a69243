package org.lifeline.isolation;

import java.util.Map;

/**
 * A facility to open: code and name, kind, its district (none for a city shelter), the medical hospital it is
 * (designated hospitals: name, district and position default to the hospital's), address, position, and beds by
 * kind. Absent fields of a designated hospital come from medical's record of it.
 */
public record NewFacility(String code, String name, String kind, String districtCode, String hospitalCode,
		String address, Double lat, Double lon, Map<String, Integer> beds) {
}
