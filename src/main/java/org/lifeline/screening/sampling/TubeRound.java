package org.lifeline.screening.sampling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.territory.Placement;
import org.springframework.stereotype.Component;

/**
 * One group commit of tubes, in the caller's transaction: with the rounds locked, answers resends from what is
 * stored, refuses tubes that clash (tube code used, a resident already in an open tube of the round, more residents
 * than the pool holds), then writes the rest with one insert for tubes and one for swabs, and closes the home
 * tasks they answer. A tube of one resident awaiting a recheck is that resident's single-tube recheck. Every tube
 * is answered; a refusal leaves the others untouched.
 */
@Component
class TubeRound {

	private final TubeBatch batch;

	private final ResidentRegistry residents;

	private final Clock clock;

	TubeRound(TubeBatch batch, ResidentRegistry residents, Clock clock) {
		this.batch = batch;
		this.residents = residents;
		this.clock = clock;
	}

	List<Answer> write(List<PendingTube> tubes) {
		Answer[] answers = new Answer[tubes.size()];
		batch.lockRounds(tubes.stream().map(t -> t.round().id()).distinct().toList());
		List<Integer> left = answerResends(tubes, answers, new ArrayList<>(indexes(tubes.size())));
		Set<Long> people = new HashSet<>();
		left.forEach(i -> people.addAll(tubes.get(i).residentIds()));
		Map<Long, Placement> places = residents.placements(people);
		Set<String> used = batch.usedTubeCodes(left.stream().map(i -> tubes.get(i).tubeCode()).toList());
		Map<String, String> open = people.isEmpty() ? Map.of()
				: batch.openTubes(people, left.stream().map(i -> tubes.get(i).round().id()).distinct().toList());
		Set<Long> singles = new HashSet<>();
		left.stream().filter(i -> tubes.get(i).residentIds().size() == 1).forEach(i -> singles.add(tubes.get(i).residentIds().get(0)));
		Set<Long> awaiting = singles.isEmpty() ? Set.of() : batch.awaitingRecheck(singles);
		List<Accepted> accepted = new ArrayList<>();
		Set<String> claimedTubes = new HashSet<>();
		Map<String, String> claimed = new HashMap<>(open);
		for (int i : left) {
			try {
				accepted.add(check(i, tubes.get(i), places, used, claimed, claimedTubes, awaiting));
			}
			catch (ScanRefusal refusal) {
				answers[i] = Answer.refused(refusal);
			}
		}
		store(tubes, accepted, places, answers);
		return java.util.Arrays.asList(answers);
	}

	private List<Integer> answerResends(List<PendingTube> tubes, Answer[] answers, List<Integer> all) {
		List<String> scanIds = all.stream().map(i -> tubes.get(i).scanId()).filter(Objects::nonNull).distinct().toList();
		Map<String, SampledTube> stored = batch.storedByScan(scanIds);
		Map<String, Integer> firstOfScan = new HashMap<>();
		List<Integer> left = new ArrayList<>();
		for (int i : all) {
			PendingTube tube = tubes.get(i);
			SampledTube earlier = tube.scanId() == null ? null : stored.get(tube.scanId());
			if (earlier != null) {
				answers[i] = earlier.tubeCode().equals(tube.tubeCode()) ? Answer.of(earlier, true)
						: Answer.refused(ScanRefusal.conflict("scanId", tube.scanId(),
								"scan " + tube.scanId() + " was already stored for tube " + earlier.tubeCode(),
								"problem.screening.scan.stored", tube.scanId(), earlier.tubeCode()));
			}
			else if (tube.scanId() != null && firstOfScan.putIfAbsent(tube.scanId(), i) != null) {
				answers[i] = Answer.sameAs(firstOfScan.get(tube.scanId()));
			}
			else {
				left.add(i);
			}
		}
		return left;
	}

	private Accepted check(int index, PendingTube tube, Map<Long, Placement> places, Set<String> used,
			Map<String, String> claimed, Set<String> claimedTubes, Set<Long> awaiting) {
		if (used.contains(tube.tubeCode()) || !claimedTubes.add(tube.tubeCode())) {
			throw ScanRefusal.conflict("tubeCode", tube.tubeCode(), "tube " + tube.tubeCode() + " is already used",
					"problem.screening.scan.tubeUsed", tube.tubeCode());
		}
		List<Placement> placed = new ArrayList<>();
		for (int r = 0; r < tube.residentIds().size(); r++) {
			Placement place = places.get(tube.residentIds().get(r));
			if (place == null) {
				throw ScanRefusal.invalid("residentCodes", tube.codes().get(r),
						"resident code " + tube.codes().get(r) + " names no registered resident",
						"problem.screening.scan.noResident", tube.codes().get(r));
			}
			placed.add(place);
		}
		boolean recheck = tube.residentIds().size() == 1 && awaiting.contains(tube.residentIds().get(0));
		int pool = recheck ? 1 : tube.round().poolFor(placed.get(0).compoundId());
		if (tube.residentIds().size() > pool) {
			throw ScanRefusal.invalid("residentCodes", tube.codes().get(pool), "tube " + tube.tubeCode() + " holds "
					+ tube.residentIds().size() + " residents, over its pool size " + pool + "; resident code "
					+ tube.codes().get(pool) + " and after go into another tube", "problem.screening.scan.overPool",
					tube.tubeCode(), String.valueOf(tube.residentIds().size()), String.valueOf(pool), tube.codes().get(pool));
		}
		for (int r = 0; r < tube.residentIds().size(); r++) {
			String key = tube.round().id() + ":" + tube.residentIds().get(r);
			String other = claimed.get(key);
			if (other != null) {
				throw ScanRefusal.conflict("residentCodes", tube.codes().get(r), "resident code " + tube.codes().get(r)
						+ " is already in open tube " + other + " of round " + tube.round().id(),
						"problem.screening.scan.inOpenTube", tube.codes().get(r), other, String.valueOf(tube.round().id()));
			}
		}
		tube.residentIds().forEach(id -> claimed.put(tube.round().id() + ":" + id, tube.tubeCode()));
		String kind = tube.residentIds().size() == 1 && (recheck || pool == 1) ? "PCR_SINGLE" : "PCR_POOL";
		return new Accepted(index, new TubeBatch.NewTube(tube.tubeCode(), tube.round().id(), placed.get(0).districtId(),
				kind, pool, tube.sampledBy(), tube.scanId(), tube.sampledAt()));
	}

	private void store(List<PendingTube> tubes, List<Accepted> accepted, Map<Long, Placement> places, Answer[] answers) {
		if (!accepted.isEmpty()) {
			Map<String, Long> ids = batch.insertTubes(accepted.stream().map(Accepted::tube).toList());
			List<TubeBatch.NewSample> samples = new ArrayList<>();
			Map<Long, Boolean> single = new HashMap<>();
			List<Integer> clashed = new ArrayList<>();
			for (Accepted a : accepted) {
				PendingTube tube = tubes.get(a.index());
				Long id = ids.get(tube.tubeCode());
				if (id == null) {
					clashed.add(a.index());
					continue;
				}
				single.put(id, "PCR_SINGLE".equals(a.tube().kind()));
				tube.residentIds().forEach(r -> samples.add(new TubeBatch.NewSample(id, r, tube.round().id(), places.get(r),
						tube.sampledAt())));
				answers[a.index()] = Answer.of(new SampledTube(tube.tubeCode(), tube.residentIds()), false);
			}
			if (!samples.isEmpty()) {
				batch.insertSamples(samples);
				batch.closeHomeTasks(samples, single, clock.instant(), LocalDate.now(clock));
			}
			answerClashes(tubes, clashed, answers);
		}
		for (int i = 0; i < answers.length; i++) {
			if (answers[i] != null && answers[i].sameAs() != null) {
				answers[i] = answers[answers[i].sameAs()].asResend();
			}
		}
	}

	/** Tubes another writer stored between the check and the insert: a resend if the scan matches, else used. */
	private void answerClashes(List<PendingTube> tubes, List<Integer> clashed, Answer[] answers) {
		if (clashed.isEmpty()) {
			return;
		}
		Map<String, SampledTube> stored = batch.storedByScan(clashed.stream().map(i -> tubes.get(i).scanId())
			.filter(Objects::nonNull).toList());
		for (int i : clashed) {
			PendingTube tube = tubes.get(i);
			SampledTube earlier = tube.scanId() == null ? null : stored.get(tube.scanId());
			answers[i] = earlier != null && earlier.tubeCode().equals(tube.tubeCode()) ? Answer.of(earlier, true)
					: Answer.refused(ScanRefusal.conflict("tubeCode", tube.tubeCode(),
							"tube " + tube.tubeCode() + " is already used", "problem.screening.scan.tubeUsed", tube.tubeCode()));
		}
	}

	private static List<Integer> indexes(int size) {
		List<Integer> all = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			all.add(i);
		}
		return all;
	}

	private record Accepted(int index, TubeBatch.NewTube tube) {
	}

	/** What a tube came to: stored now, found stored (a resend), or refused; or the same as an earlier tube. */
	record Answer(SampledTube tube, boolean resent, RuntimeException refusal, Integer sameAs) {

		static Answer of(SampledTube tube, boolean resent) {
			return new Answer(tube, resent, null, null);
		}

		static Answer refused(RuntimeException refusal) {
			return new Answer(null, false, refusal, null);
		}

		static Answer sameAs(int index) {
			return new Answer(null, false, null, index);
		}

		Answer asResend() {
			return refusal != null ? this : new Answer(tube, true, null, null);
		}
	}
}
