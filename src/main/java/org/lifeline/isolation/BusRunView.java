package org.lifeline.isolation;

import java.time.Instant;
import java.util.List;

/** A bus run with its stops, compound by compound, and the people to pick up at each. */
public record BusRunView(long id, String ref, String facilityCode, String facilityName, String facilityAddress,
		int seats, String escortName, String plate, String driver, String status, Instant startedAt, Instant closedAt,
		List<Stop> stops) {

	public int riders() {
		return stops.stream().mapToInt(s -> s.riders().size()).sum();
	}

	/** One stop: a compound and who boards there. */
	public record Stop(int number, long compoundId, String compoundName, String address, List<Rider> riders) {
	}

	/** A case on the run: who, where in the compound, the bed waiting, and whether the desk confirmed arrival. */
	public record Rider(long caseId, String name, String building, String room, BedKind bedKind, String status) {
	}

	static String ref(long id) {
		return "BR-" + id;
	}
}
