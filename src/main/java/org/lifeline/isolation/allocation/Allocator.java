package org.lifeline.isolation.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.isolation.BedKind;

/**
 * Places the day's queue on beds, as a pure function over rows: by admission class (the rule decides the kinds
 * of facility and the bed kind), by capacity, nearest facility first, a household's cases in one facility where
 * one has room for all of them, and for every case left over the reason. Households are taken in queue order
 * (oldest case first), so the longest-waiting get the nearest beds.
 */
public final class Allocator {

	private final AdmissionRules rules;

	private final List<FacilityBeds> facilities;

	private final int[] free;

	private final Map<Long, List<Option>> optionsByCompound = new HashMap<>();

	private final List<AllocationPlan.Placed> placed = new ArrayList<>();

	private final List<AllocationPlan.Left> left = new ArrayList<>();

	private Allocator(List<BedPool> pools, List<AdmissionRule> rules) {
		this.rules = new AdmissionRules(rules);
		this.free = pools.stream().mapToInt(p -> Math.max(0, p.free())).toArray();
		this.facilities = FacilityBeds.of(pools);
	}

	/** The plan for the queue (oldest first) over the open facilities' beds and the admission rules. */
	public static AllocationPlan allocate(List<QueuedCase> queue, List<BedPool> pools, List<AdmissionRule> rules) {
		Allocator allocator = new Allocator(pools, rules);
		Map<Long, List<QueuedCase>> households = new LinkedHashMap<>();
		queue.forEach(c -> households.computeIfAbsent(c.householdId(), h -> new ArrayList<>()).add(c));
		households.values().forEach(allocator::place);
		return new AllocationPlan(List.copyOf(allocator.placed), List.copyOf(allocator.left));
	}

	private void place(List<QueuedCase> household) {
		List<Member> members = new ArrayList<>();
		for (QueuedCase c : household) {
			AdmissionRule rule = rules.of(c.needs());
			if (rule == null) {
				left.add(new AllocationPlan.Left(c.caseId(), "isolation.left.noRule", List.of(String.join(", ", c.needs()))));
			}
			else {
				members.add(new Member(c, rule));
			}
		}
		if (members.size() > 1 && placeTogether(members)) {
			return;
		}
		members.forEach(this::placeAlone);
	}

	private boolean placeTogether(List<Member> members) {
		Map<BedKind, Integer> wanted = new EnumMap<>(BedKind.class);
		members.forEach(m -> wanted.merge(m.rule().bedKind(), 1, Integer::sum));
		for (Option option : options(members.get(0).queued())) {
			FacilityBeds facility = option.facility();
			boolean fits = members.stream().allMatch(m -> m.rule().facilityKinds().contains(facility.kind()))
					&& wanted.entrySet().stream().allMatch(w -> freeIn(facility, w.getKey()) >= w.getValue());
			if (fits) {
				members.forEach(m -> take(m, option));
				return true;
			}
		}
		return false;
	}

	private void placeAlone(Member member) {
		BedKind kind = member.rule().bedKind();
		for (Option option : options(member.queued())) {
			if (member.rule().facilityKinds().contains(option.facility().kind()) && freeIn(option.facility(), kind) > 0) {
				take(member, option);
				return;
			}
		}
		left.add(leftOver(member));
	}

	private AllocationPlan.Left leftOver(Member member) {
		QueuedCase c = member.queued();
		BedKind kind = member.rule().bedKind();
		long withKind = options(c).stream()
			.filter(o -> member.rule().facilityKinds().contains(o.facility().kind()))
			.filter(o -> o.facility().pools().containsKey(kind))
			.count();
		return withKind == 0
				? new AllocationPlan.Left(c.caseId(), "isolation.left.noBedKind", List.of(kind, c.districtName()))
				: new AllocationPlan.Left(c.caseId(), "isolation.left.bedsFull", List.of(kind, c.districtName(), withKind));
	}

	private int freeIn(FacilityBeds facility, BedKind kind) {
		Integer pool = facility.pools().get(kind);
		return pool == null ? 0 : free[pool];
	}

	private void take(Member member, Option option) {
		free[option.facility().pools().get(member.rule().bedKind())]--;
		placed.add(new AllocationPlan.Placed(member.queued().caseId(), option.facility().id(), member.rule().bedKind(),
				option.km()));
	}

	/** The facilities that may take cases from this compound's district, nearest first (kept per compound). */
	private List<Option> options(QueuedCase c) {
		return optionsByCompound.computeIfAbsent(c.compoundId(), compound -> facilities.stream()
			.filter(f -> f.districtId() == null || f.districtId() == c.districtId())
			.map(f -> new Option(f, Distance.km(c.lat(), c.lon(), f.lat(), f.lon())))
			.sorted(Comparator.comparingDouble(Option::km).thenComparing(o -> o.facility().code()))
			.toList());
	}

	private record Member(QueuedCase queued, AdmissionRule rule) {
	}

	private record Option(FacilityBeds facility, double km) {
	}
}
