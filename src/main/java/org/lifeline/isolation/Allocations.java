package org.lifeline.isolation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lifeline.cases.CaseInQueue;
import org.lifeline.cases.CaseTransfers;
import org.lifeline.isolation.allocation.AllocationPlan;
import org.lifeline.isolation.allocation.Allocator;
import org.lifeline.isolation.allocation.BedPool;
import org.lifeline.isolation.allocation.QueuedCase;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Allocates the day's queue to beds (应转尽转): reads the cases awaiting transfer in a territory, leaves out those
 * already given a bed, locks the open facilities' beds, lets the {@link Allocator} place them, and holds the beds
 * in one statement per table. Every case left over comes back with its reason.
 */
@Service
public class Allocations {

	private final CaseTransfers cases;

	private final PlacementRepository placements;

	private final AdmissionClasses classes;

	private final Territory territory;

	private final Clock clock;

	Allocations(CaseTransfers cases, PlacementRepository placements, AdmissionClasses classes, Territory territory,
			Clock clock) {
		this.cases = cases;
		this.placements = placements;
		this.classes = classes;
		this.territory = territory;
		this.clock = clock;
	}

	/** Allocates the queue of cases awaiting transfer within the scope. */
	@Transactional
	public Allocated allocate(TerritoryScope scope, String actor) {
		return allocate(cases.awaitingTransfer(scope), actor);
	}

	/** Allocates the given queue (oldest first), as cases' {@code awaitingTransfer} answers it. */
	@Transactional
	public Allocated allocate(List<CaseInQueue> queue, String actor) {
		Set<Long> placed = placements.placedAmong(queue.stream().map(CaseInQueue::caseId).toList());
		List<CaseInQueue> waiting = queue.stream().filter(c -> !placed.contains(c.caseId())).toList();
		if (waiting.isEmpty()) {
			return new Allocated(0, List.of(), List.of());
		}
		Set<Long> districts = waiting.stream().map(CaseInQueue::districtId).collect(Collectors.toSet());
		List<BedPool> pools = placements.lockOpenBeds(districts);
		AllocationPlan plan = Allocator.allocate(queued(waiting), pools, classes.rules());
		Map<Long, CaseInQueue> byId = waiting.stream().collect(Collectors.toMap(CaseInQueue::caseId, Function.identity()));
		placements.hold(plan.placed(), byId, actor, clock.instant());
		Map<Long, String> codes = pools.stream().collect(Collectors.toMap(BedPool::facilityId, BedPool::facilityCode, (a, b) -> a));
		return new Allocated(plan.placed().size(),
				plan.placed().stream()
					.map(p -> new Allocated.Placement(p.caseId(), codes.get(p.facilityId()), p.bedKind(), Math.round(p.km() * 10) / 10.0))
					.toList(),
				plan.left().stream().map(l -> new Allocated.LeftOver(l.caseId(), l.reasonKey(), l.facts())).toList());
	}

	/** The queue with each home compound's position and the district's name, read once per compound. */
	private List<QueuedCase> queued(List<CaseInQueue> queue) {
		Map<Long, TerritoryNode> nodes = new HashMap<>();
		Function<Long, TerritoryNode> node = id -> nodes.computeIfAbsent(id, territory::byId);
		return queue.stream().map(c -> {
			TerritoryNode compound = node.apply(c.compoundId());
			return new QueuedCase(c.caseId(), c.householdId(), c.compoundId(), c.districtId(),
					node.apply(c.districtId()).name(), compound.lat() == null ? Double.NaN : compound.lat(),
					compound.lon() == null ? Double.NaN : compound.lon(), c.needs());
		}).toList();
	}
}
