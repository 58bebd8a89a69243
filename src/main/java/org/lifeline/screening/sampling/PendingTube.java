package org.lifeline.screening.sampling;

import java.time.Instant;
import java.util.List;

/**
 * A closed tube whose codes were verified in memory, waiting to be stored: its round, barcode, the residents (in
 * the order scanned, with the codes that named them), the page's scan id, who swabbed and when.
 */
record PendingTube(OpenRounds.RoundFacts round, String tubeCode, List<Long> residentIds, List<String> codes,
		String scanId, String sampledBy, Instant sampledAt) {

	PendingTube {
		residentIds = List.copyOf(residentIds);
		codes = List.copyOf(codes);
	}
}
