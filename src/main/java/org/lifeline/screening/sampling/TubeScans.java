package org.lifeline.screening.sampling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.lifeline.screening.SamplingCodes;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;

/**
 * Takes a sampler's tube: checks its form and verifies every resident code in memory (signature and validity),
 * finds the round in memory, then hands the tube to the writer and answers once it is committed.
 */
@Service
class TubeScans {

	static final Pattern TUBE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{3,39}");

	static final Pattern SCAN_ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

	static final int LARGEST_POOL = 20;

	/** How old a tube queued on a phone may be when it arrives, and how far ahead of the server its clock may run. */
	static final Duration QUEUED_AT_MOST = Duration.ofHours(48);

	static final Duration CLOCK_AHEAD = Duration.ofMinutes(5);

	private final SamplingCodes codes;

	private final OpenRounds rounds;

	private final TubeWriter writer;

	private final Clock clock;

	TubeScans(SamplingCodes codes, OpenRounds rounds, TubeWriter writer, Clock clock) {
		this.codes = codes;
		this.rounds = rounds;
		this.writer = writer;
		this.clock = clock;
	}

	TubeRound.Answer sample(long roundId, TubeScan scan, String sampler, TerritoryScope scope) {
		Instant now = clock.instant();
		String tubeCode = scan.tubeCode() == null ? "" : scan.tubeCode().trim();
		if (!TUBE_CODE.matcher(tubeCode).matches()) {
			throw new InvalidInputException("tubeCode", "tubeCode must be 4 to 40 letters, digits or dashes, not '"
					+ scan.tubeCode() + "'", "problem.screening.tubeCode", String.valueOf(scan.tubeCode()));
		}
		if (scan.scanId() != null && !SCAN_ID.matcher(scan.scanId()).matches()) {
			throw new InvalidInputException("scanId", "scanId must be 8 to 64 letters, digits or dashes",
					"problem.screening.scanId");
		}
		Instant sampledAt = sampledAt(scan.sampledAt(), now);
		List<String> given = scan.residentCodes() == null ? List.of() : scan.residentCodes();
		if (given.isEmpty() || given.size() > LARGEST_POOL) {
			throw new InvalidInputException("residentCodes", "a tube holds 1 to " + LARGEST_POOL + " residents, not "
					+ given.size(), "problem.screening.tubeSize", LARGEST_POOL, given.size());
		}
		OpenRounds.RoundFacts round = rounds.find(roundId, scope).orElseThrow(() -> new NotFoundException("round", roundId));
		List<Long> residents = new ArrayList<>(given.size());
		List<String> trimmed = new ArrayList<>(given.size());
		Set<Long> seen = new HashSet<>();
		for (String code : given) {
			String c = code == null ? "" : code.trim();
			long resident = codes.residentOf(c, "residentCodes");
			if (!seen.add(resident)) {
				throw ScanRefusal.invalid("residentCodes", c, "resident code " + c + " is scanned twice into tube " + tubeCode,
						"problem.screening.scan.twice", c, tubeCode);
			}
			residents.add(resident);
			trimmed.add(c);
		}
		return writer.write(new PendingTube(round, tubeCode, residents, trimmed, scan.scanId(), sampler, sampledAt));
	}

	private Instant sampledAt(Instant given, Instant now) {
		if (given == null) {
			return now;
		}
		if (given.isAfter(now.plus(CLOCK_AHEAD)) || given.isBefore(now.minus(QUEUED_AT_MOST))) {
			throw new InvalidInputException("sampledAt", "sampledAt " + given + " lies outside the last "
					+ QUEUED_AT_MOST.toHours() + " hours", "problem.screening.sampledAt", String.valueOf(given),
					QUEUED_AT_MOST.toHours());
		}
		return given;
	}
}
