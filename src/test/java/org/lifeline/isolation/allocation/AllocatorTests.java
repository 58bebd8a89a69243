package org.lifeline.isolation.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lifeline.isolation.BedKind;
import org.lifeline.isolation.FacilityKind;

/** The allocator's rules: class, capacity, distance, households together, and a reason for every case left. */
class AllocatorTests {

	static final long DISTRICT = 7;

	static final List<AdmissionRule> RULES = List.of(
			new AdmissionRule("DIALYSIS", 10, Set.of(FacilityKind.DESIGNATED_HOSPITAL), BedKind.GENERAL),
			new AdmissionRule("PREGNANT", 20, Set.of(FacilityKind.DESIGNATED_HOSPITAL), BedKind.GENERAL),
			new AdmissionRule("ELDERLY_WITH_CONDITIONS", 30, Set.of(FacilityKind.DESIGNATED_HOSPITAL),
					BedKind.ELDERLY_WITH_CONDITIONS),
			new AdmissionRule("CHILD", 40, Set.of(FacilityKind.DESIGNATED_HOSPITAL, FacilityKind.DISTRICT_SHELTER),
					BedKind.PAEDIATRIC_WITH_CARER),
			new AdmissionRule("NONE", 90, Set.of(FacilityKind.CITY_SHELTER, FacilityKind.DISTRICT_SHELTER,
					FacilityKind.ISOLATION_HOTEL), BedKind.GENERAL));

	final List<BedPool> pools = new ArrayList<>();

	long caseIds = 100;

	@Test
	void aCaseWithoutNeedsGoesToTheNearestShelterWithRoom() {
		pool(1, "FAR", FacilityKind.DISTRICT_SHELTER, 31.40, BedKind.GENERAL, 10);
		pool(2, "NEAR", FacilityKind.DISTRICT_SHELTER, 31.21, BedKind.GENERAL, 10);
		pool(3, "HOSP", FacilityKind.DESIGNATED_HOSPITAL, 31.20, BedKind.GENERAL, 10);
		QueuedCase mild = queued(1, Set.of());

		AllocationPlan plan = Allocator.allocate(List.of(mild), pools, RULES);

		assertThat(plan.left()).isEmpty();
		assertThat(plan.placed()).singleElement().satisfies(p -> {
			assertThat(p.facilityId()).isEqualTo(2);
			assertThat(p.bedKind()).isEqualTo(BedKind.GENERAL);
			assertThat(p.km()).isBetween(0.5, 2.0);
		});
	}

	@Test
	void theElderlyWithConditionsGoToADesignatedHospitalOnTheirOwnBedKind() {
		pool(1, "SHELTER", FacilityKind.DISTRICT_SHELTER, 31.20, BedKind.GENERAL, 10);
		pool(2, "HOSP", FacilityKind.DESIGNATED_HOSPITAL, 31.30, BedKind.GENERAL, 10);
		pool(2, "HOSP", FacilityKind.DESIGNATED_HOSPITAL, 31.30, BedKind.ELDERLY_WITH_CONDITIONS, 10);
		QueuedCase elderly = queued(1, Set.of("ELDERLY_WITH_CONDITIONS"));

		AllocationPlan plan = Allocator.allocate(List.of(elderly), pools, RULES);

		assertThat(plan.placed()).extracting(AllocationPlan.Placed::facilityId, AllocationPlan.Placed::bedKind)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2L, BedKind.ELDERLY_WITH_CONDITIONS));
	}

	@Test
	void theLowestRankedNeedDecides() {
		pool(2, "HOSP", FacilityKind.DESIGNATED_HOSPITAL, 31.30, BedKind.GENERAL, 10);
		pool(2, "HOSP", FacilityKind.DESIGNATED_HOSPITAL, 31.30, BedKind.ELDERLY_WITH_CONDITIONS, 10);
		QueuedCase onDialysis = queued(1, Set.of("ELDERLY_WITH_CONDITIONS", "DIALYSIS"));

		AllocationPlan plan = Allocator.allocate(List.of(onDialysis), pools, RULES);

		assertThat(plan.placed()).extracting(AllocationPlan.Placed::bedKind).containsExactly(BedKind.GENERAL);
	}

	@Test
	void aChildWithoutAPaediatricBedIsLeftWithTheReason() {
		pool(1, "SHELTER", FacilityKind.DISTRICT_SHELTER, 31.20, BedKind.GENERAL, 10);
		QueuedCase child = queued(1, Set.of("CHILD"));

		AllocationPlan plan = Allocator.allocate(List.of(child), pools, RULES);

		assertThat(plan.placed()).isEmpty();
		assertThat(plan.left()).singleElement().satisfies(l -> {
			assertThat(l.caseId()).isEqualTo(child.caseId());
			assertThat(l.reasonKey()).isEqualTo("isolation.left.noBedKind");
			assertThat(l.facts()).containsExactly(BedKind.PAEDIATRIC_WITH_CARER, "测试区");
		});
	}

	@Test
	void capacityIsNeverExceededAndFullBedsAreTheReasonForTheRest() {
		pool(1, "A", FacilityKind.DISTRICT_SHELTER, 31.20, BedKind.GENERAL, 2);
		pool(2, "B", FacilityKind.ISOLATION_HOTEL, 31.25, BedKind.GENERAL, 1);
		List<QueuedCase> queue = List.of(queued(1, Set.of()), queued(2, Set.of()), queued(3, Set.of()),
				queued(4, Set.of()), queued(5, Set.of()));

		AllocationPlan plan = Allocator.allocate(queue, pools, RULES);

		Map<Long, Long> perFacility = plan.placed().stream()
			.collect(Collectors.groupingBy(AllocationPlan.Placed::facilityId, Collectors.counting()));
		assertThat(perFacility).containsEntry(1L, 2L).containsEntry(2L, 1L);
		assertThat(plan.placed()).extracting(AllocationPlan.Placed::caseId)
			.containsExactly(queue.get(0).caseId(), queue.get(1).caseId(), queue.get(2).caseId());
		assertThat(plan.left()).extracting(AllocationPlan.Left::caseId)
			.containsExactly(queue.get(3).caseId(), queue.get(4).caseId());
		assertThat(plan.left()).allSatisfy(l -> {
			assertThat(l.reasonKey()).isEqualTo("isolation.left.bedsFull");
			assertThat(l.facts()).containsExactly(BedKind.GENERAL, "测试区", 2L);
		});
	}

	@Test
	void aHouseholdIsKeptTogetherInTheNearestFacilityWithRoomForAll() {
		pool(1, "NEAR", FacilityKind.DISTRICT_SHELTER, 31.20, BedKind.GENERAL, 1);
		pool(1, "NEAR", FacilityKind.DISTRICT_SHELTER, 31.20, BedKind.PAEDIATRIC_WITH_CARER, 1);
		pool(2, "FAR", FacilityKind.DISTRICT_SHELTER, 31.35, BedKind.GENERAL, 5);
		pool(2, "FAR", FacilityKind.DISTRICT_SHELTER, 31.35, BedKind.PAEDIATRIC_WITH_CARER, 5);
		QueuedCase mother = queued(9, Set.of());
		QueuedCase father = queued(9, Set.of());
		QueuedCase child = queued(9, Set.of("CHILD"));

		AllocationPlan plan = Allocator.allocate(List.of(mother, father, child), pools, RULES);

		assertThat(plan.left()).isEmpty();
		assertThat(plan.placed()).extracting(AllocationPlan.Placed::facilityId).containsOnly(2L);
		assertThat(plan.placed()).extracting(AllocationPlan.Placed::bedKind)
			.containsExactlyInAnyOrder(BedKind.GENERAL, BedKind.GENERAL, BedKind.PAEDIATRIC_WITH_CARER);
	}

	@Test
	void aHouseholdNoFacilityHoldsWholeIsSplitWhereBedsAllow() {
		pool(1, "A", FacilityKind.DISTRICT_SHELTER, 31.20, BedKind.GENERAL, 1);
		pool(2, "B", FacilityKind.DISTRICT_SHELTER, 31.22, BedKind.GENERAL, 1);
		AllocationPlan plan = Allocator.allocate(List.of(queued(9, Set.of()), queued(9, Set.of())), pools, RULES);

		assertThat(plan.left()).isEmpty();
		assertThat(plan.placed()).extracting(AllocationPlan.Placed::facilityId).containsExactly(1L, 2L);
	}

	@Test
	void facilitiesOfAnotherDistrictAreNotUsedButTheCitysAre() {
		pools.add(new BedPool(1, "OTHER", FacilityKind.DISTRICT_SHELTER, DISTRICT + 1, 31.2, 121.4, BedKind.GENERAL, 9));
		pools.add(new BedPool(2, "CITY", FacilityKind.CITY_SHELTER, null, 31.5, 121.6, BedKind.GENERAL, 1));
		AllocationPlan plan = Allocator.allocate(List.of(queued(1, Set.of()), queued(2, Set.of())), pools, RULES);

		assertThat(plan.placed()).extracting(AllocationPlan.Placed::facilityId).containsExactly(2L);
		assertThat(plan.left()).singleElement().extracting(AllocationPlan.Left::reasonKey).isEqualTo("isolation.left.bedsFull");
	}

	@Test
	void withoutARuleForEveryoneACaseWithoutNeedsIsLeftSayingSo() {
		pool(1, "A", FacilityKind.DISTRICT_SHELTER, 31.20, BedKind.GENERAL, 5);
		AllocationPlan plan = Allocator.allocate(List.of(queued(1, Set.of())), pools, RULES.subList(0, 4));

		assertThat(plan.placed()).isEmpty();
		assertThat(plan.left()).singleElement().extracting(AllocationPlan.Left::reasonKey).isEqualTo("isolation.left.noRule");
	}

	private void pool(long id, String code, FacilityKind kind, double lat, BedKind bedKind, int free) {
		pools.add(new BedPool(id, code, kind, DISTRICT, lat, 121.4, bedKind, free));
	}

	private QueuedCase queued(long household, Set<String> needs) {
		return new QueuedCase(++caseIds, household, 50, DISTRICT, "测试区", 31.2, 121.4, needs);
	}
}
