package org.lifeline.isolation;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an isolation facility is: a designated hospital (定点医院, one of medical's hospitals), a city or district
 * shelter hospital (市级/区级方舱), or an isolation hotel (隔离酒店).
 */
public enum FacilityKind {

	DESIGNATED_HOSPITAL, CITY_SHELTER, DISTRICT_SHELTER, ISOLATION_HOTEL;

	/** Whether arrivals are confirmed by the hospital's own desk (else by district command). */
	public boolean hasHospitalDesk() {
		return this == DESIGNATED_HOSPITAL;
	}

	public static Optional<FacilityKind> parse(String text) {
		return text == null ? Optional.empty()
				: Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(text.trim())).findFirst();
	}
}
