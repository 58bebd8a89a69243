package org.lifeline.isolation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseTransfers;
import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue a dispatcher allocates from (应转尽转): the cases awaiting transfer in a territory, oldest first, each
 * with how long it has waited, its admission needs and the bed it holds, if any; and per facility the cases held
 * there and not yet on a bus, ready to be put on one. The page shows the first {@value #SHOWN} of the queue.
 */
@Component
class AllocationBoard {

	static final int SHOWN = 300;

	private final CaseTransfers cases;

	private final PlacementRepository placements;

	private final FacilityRepository facilities;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final Clock clock;

	AllocationBoard(CaseTransfers cases, PlacementRepository placements, FacilityRepository facilities,
			ResidentRegistry residents, Territory territory, Clock clock) {
		this.cases = cases;
		this.placements = placements;
		this.facilities = facilities;
		this.residents = residents;
		this.territory = territory;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Queue queue(TerritoryScope scope) {
		List<CaseInQueue> waiting = cases.awaitingTransfer(scope);
		Map<Long, PlacementRepository.Placed> placed = placements.ofCases(waiting.stream().map(CaseInQueue::caseId).toList())
			.stream()
			.collect(Collectors.toMap(PlacementRepository.Placed::caseId, Function.identity()));
		List<CaseInQueue> shown = waiting.stream().limit(SHOWN).toList();
		List<Optional<ResidentView>> people = residents.byIds(shown.stream()
			.map(c -> new ResidentLookup(c.residentId(), TerritoryScope.everything()))
			.toList());
		Map<Long, String> facilityCodes = new HashMap<>();
		Function<Long, String> code = id -> facilityCodes.computeIfAbsent(id,
				f -> facilities.byId(f).map(FacilityRepository.Stored::code).orElse("#" + f));
		Map<Long, TerritoryNode> compounds = new HashMap<>();
		Instant now = clock.instant();
		List<Waiting> rows = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			CaseInQueue c = shown.get(i);
			ResidentView person = people.get(i).orElse(null);
			TerritoryNode compound = compounds.computeIfAbsent(c.compoundId(), territory::byId);
			PlacementRepository.Placed bed = placed.get(c.caseId());
			rows.add(new Waiting(c.caseId(), person == null ? "#" + c.residentId() : person.name(), compound.name(),
					person == null ? null : person.address(), c.reportedAt(),
					Duration.between(c.reportedAt(), now).toHours(), c.needs(),
					bed == null ? null : code.apply(bed.facilityId()), bed == null ? null : bed.bedKind(),
					bed == null ? null : bed.status()));
		}
		Map<String, List<Waiting>> toBoard = new LinkedHashMap<>();
		rows.stream()
			.filter(w -> "HELD".equals(w.bedStatus()))
			.forEach(w -> toBoard.computeIfAbsent(w.facilityCode(), f -> new ArrayList<>()).add(w));
		long unplaced = waiting.stream().filter(c -> !placed.containsKey(c.caseId())).count();
		return new Queue(waiting.size(), unplaced, rows, toBoard);
	}

	/**
	 * The queue: how many wait in all and how many have no bed yet, the rows shown, and the cases held per
	 * facility waiting for a bus.
	 */
	record Queue(int total, long unplaced, List<Waiting> rows, Map<String, List<Waiting>> heldByFacility) {
	}

	/** A case in the queue: who, where, since when, what it needs, and the bed it holds (facility null when none). */
	record Waiting(long caseId, String name, String compound, String address, Instant reportedAt, long hours,
			Set<String> needs, String facilityCode, BedKind bedKind, String bedStatus) {
	}
}
