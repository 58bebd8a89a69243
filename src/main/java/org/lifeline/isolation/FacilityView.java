package org.lifeline.isolation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * An isolation facility as the API and pages show it: kind, where (district, address, position), the hospital it
 * is (designated hospitals), open or closed, and its beds by kind. City-level facilities have no district.
 */
public record FacilityView(long id, String code, String name, FacilityKind kind, Long districtId, String districtCode,
		String hospitalCode, String address, double lat, double lon, boolean open, List<Beds> beds, Instant updatedAt,
		String updatedBy) {

	@JsonProperty
	public int capacity() {
		return beds.stream().mapToInt(Beds::capacity).sum();
	}

	@JsonProperty
	public int occupied() {
		return beds.stream().mapToInt(Beds::occupied).sum();
	}

	@JsonProperty
	public int free() {
		return beds.stream().mapToInt(Beds::free).sum();
	}

	public Beds beds(BedKind kind) {
		return beds.stream().filter(b -> b.kind() == kind).findFirst().orElse(new Beds(kind, 0, 0, 0));
	}
}
