package org.lifeline.isolation.allocation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.isolation.BedKind;
import org.lifeline.isolation.FacilityKind;

/** One facility as the allocator sees it: kind, district, position, and the index of its pool of each bed kind. */
record FacilityBeds(long id, String code, FacilityKind kind, Long districtId, double lat, double lon,
		Map<BedKind, Integer> pools) {

	static List<FacilityBeds> of(List<BedPool> pools) {
		Map<Long, FacilityBeds> byId = new LinkedHashMap<>();
		for (int i = 0; i < pools.size(); i++) {
			BedPool p = pools.get(i);
			FacilityBeds facility = byId.computeIfAbsent(p.facilityId(), id -> new FacilityBeds(id, p.facilityCode(),
					p.facilityKind(), p.districtId(), p.lat(), p.lon(), new EnumMap<>(BedKind.class)));
			facility.pools().put(p.bedKind(), i);
		}
		return new ArrayList<>(byId.values());
	}
}
