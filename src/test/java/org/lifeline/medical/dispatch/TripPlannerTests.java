package org.lifeline.medical.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lifeline.medical.dispatch.DispatchFixtures.BASE;
import static org.lifeline.medical.dispatch.DispatchFixtures.GRID;
import static org.lifeline.medical.dispatch.DispatchFixtures.NOW;
import static org.lifeline.medical.dispatch.DispatchFixtures.SETTINGS;
import static org.lifeline.medical.dispatch.DispatchFixtures.at;
import static org.lifeline.medical.dispatch.DispatchFixtures.minutes;
import static org.lifeline.medical.dispatch.DispatchFixtures.trip;
import static org.lifeline.medical.dispatch.DispatchFixtures.vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lifeline.medical.VehicleType;
import org.lifeline.medical.dispatch.DispatchPlan.ScheduledTrip;
import org.lifeline.medical.dispatch.DispatchPlan.UnassignedTrip;
import org.lifeline.medical.dispatch.DispatchPlan.VehicleRoute;

/** The planner and the greedy baseline on small problems checked by hand (grid travel, see DispatchFixtures). */
class TripPlannerTests {

	private final TripPlanner planner = new TripPlanner(GRID, SETTINGS);

	private final VehicleToPlan sedan = vehicle(1, VehicleType.SEDAN, 4, BASE);

	@Test
	void picksUpInTheOrderThatWaitsLeastAndTimesEveryLeg() {
		// trip 1: 10 min to the door, ride 5 + 20 + 5 = 30, delivered at 40; 10 min to trip 2's door: 50
		List<TripToPlan> trips = List.of(trip(1, at(10, 0), at(10, 20), 1, 0), trip(2, at(0, 20), at(0, 0), 1, 0));
		DispatchPlan plan = planner.propose(trips, List.of(sedan), NOW).plan();
		assertThat(stops(plan, 1)).extracting(ScheduledTrip::tripId).containsExactly(1L, 2L);
		assertThat(stops(plan, 1)).extracting(ScheduledTrip::pickUp).containsExactly(minutes(10), minutes(50));
		assertThat(stops(plan, 1)).extracting(ScheduledTrip::delivered).containsExactly(minutes(40), minutes(80));
		assertThat(stops(plan, 1)).extracting(ScheduledTrip::departure).containsExactly(minutes(0), minutes(40));
		assertThat(plan.weightedWaitMinutes()).isEqualTo(60);
	}

	@Test
	void anUrgentPatientGoesFirstWhereGreedyServesTheEarlierRequest() {
		// greedy: trip 1 (ready first) at 10, trip 2 at 50: 1 × 10 + 5 × 49 = 255
		// plan: trip 2 at 20, trip 1 after 50 + 10 at 60: 5 × 19 + 1 × 60 = 155
		List<TripToPlan> trips = List.of(trip(1, at(10, 0), at(10, 20), 1, 0), trip(2, at(0, 20), at(0, 0), 5, 1));
		DispatchProposal proposal = planner.propose(trips, List.of(sedan), NOW);
		assertThat(stops(proposal.greedy(), 1)).extracting(ScheduledTrip::tripId).containsExactly(1L, 2L);
		assertThat(proposal.greedy().weightedWaitMinutes()).isEqualTo(255);
		assertThat(stops(proposal.plan(), 1)).extracting(ScheduledTrip::tripId).containsExactly(2L, 1L);
		assertThat(stops(proposal.plan(), 1)).extracting(ScheduledTrip::pickUp).containsExactly(minutes(20), minutes(60));
		assertThat(proposal.plan().weightedWaitMinutes()).isEqualTo(155);
		assertThat(proposal.improvementPercent()).isCloseTo(100.0 * 100 / 255, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void aVehicleWhoseShiftEndsBeforeTheDeliveryIsPassedOver() {
		// the near sedan would deliver at 40 but its shift ends at 35; the far one is 30 + 10 away: at the door at 40
		VehicleToPlan ending = new VehicleToPlan(1, VehicleType.SEDAN, 4, BASE, NOW, minutes(35));
		VehicleToPlan far = vehicle(2, VehicleType.SEDAN, 4, at(0, -30));
		List<TripToPlan> trips = List.of(trip(1, at(10, 0), at(10, 20), 1, 0));
		DispatchProposal proposal = planner.propose(trips, List.of(ending, far), NOW);
		assertThat(stops(proposal.plan(), 1)).isEmpty();
		assertThat(stops(proposal.plan(), 2)).extracting(ScheduledTrip::pickUp).containsExactly(minutes(40));
		assertThat(stops(proposal.greedy(), 2)).extracting(ScheduledTrip::pickUp).containsExactly(minutes(40));

		DispatchPlan alone = planner.propose(trips, List.of(ending), NOW).plan();
		assertThat(alone.unassigned()).containsExactly(new UnassignedTrip(1, UnassignedReason.NO_TIME_BEFORE_SHIFT_END));
	}

	@Test
	void aPinnedTripStaysOnItsVehicleEvenWhenAnotherIsNearer() {
		VehicleToPlan far = vehicle(2, VehicleType.SEDAN, 4, at(0, -30));
		TripToPlan pinned = new TripToPlan(1, at(10, 0), at(10, 20), PatientCarriage.SEATED, 2, 1, NOW, 2L);
		DispatchProposal proposal = planner.propose(List.of(pinned), List.of(sedan, far), NOW);
		assertThat(stops(proposal.plan(), 2)).extracting(ScheduledTrip::tripId).containsExactly(1L);
		assertThat(stops(proposal.greedy(), 2)).extracting(ScheduledTrip::tripId).containsExactly(1L);
	}

	@Test
	void aTripPinnedToAnAbsentOrUnfitVehicleIsLeftOutWithTheReason() {
		TripToPlan absent = new TripToPlan(1, at(10, 0), at(10, 20), PatientCarriage.SEATED, 2, 1, NOW, 99L);
		TripToPlan unfit = new TripToPlan(2, at(10, 0), at(10, 20), PatientCarriage.WHEELCHAIR, 2, 1, NOW, 1L);
		VehicleToPlan van = vehicle(3, VehicleType.WHEELCHAIR_VAN, 4, at(50, 50));
		DispatchPlan plan = planner.propose(List.of(absent, unfit), List.of(sedan, van), NOW).plan();
		assertThat(plan.unassigned()).containsExactlyInAnyOrder(
				new UnassignedTrip(1, UnassignedReason.PINNED_VEHICLE_UNAVAILABLE),
				new UnassignedTrip(2, UnassignedReason.PINNED_VEHICLE_UNAVAILABLE));
	}

	@Test
	void onlyAFittingVehicleTakesTheTripHoweverFarAway() {
		VehicleToPlan van = vehicle(3, VehicleType.WHEELCHAIR_VAN, 4, at(50, 50));
		TripToPlan wheelchair = new TripToPlan(1, at(10, 0), at(10, 20), PatientCarriage.WHEELCHAIR, 2, 1, NOW, null);
		TripToPlan stretcher = new TripToPlan(2, at(10, 0), at(10, 20), PatientCarriage.STRETCHER, 2, 1, NOW, null);
		DispatchPlan plan = planner.propose(List.of(wheelchair, stretcher), List.of(sedan, van), NOW).plan();
		// 40 + 50 minutes from the van to the door
		assertThat(stops(plan, 3)).extracting(ScheduledTrip::pickUp).containsExactly(minutes(90));
		assertThat(plan.unassigned()).containsExactly(new UnassignedTrip(2, UnassignedReason.NO_FITTING_VEHICLE));
	}

	@Test
	void aBusyVehicleStartsWhereAndWhenItIsFree() {
		VehicleToPlan busy = new VehicleToPlan(1, VehicleType.SEDAN, 4, at(10, -5), minutes(30), minutes(480));
		DispatchPlan plan = planner.propose(List.of(trip(1, at(10, 0), at(10, 20), 1, 0)), List.of(busy), NOW).plan();
		assertThat(stops(plan, 1)).extracting(ScheduledTrip::pickUp).containsExactly(minutes(35));
	}

	@Test
	void aMixedMorningKeepsEveryHardRuleAndWaitsNoMoreThanGreedy() {
		SplittableRandom random = new SplittableRandom(7);
		List<VehicleToPlan> vehicles = new ArrayList<>();
		VehicleType[] types = { VehicleType.SEDAN, VehicleType.VAN, VehicleType.WHEELCHAIR_VAN, VehicleType.AMBULANCE };
		for (int i = 0; i < 8; i++) {
			vehicles.add(new VehicleToPlan(i + 1, types[i % 4], i % 4 == 3 ? 3 : 4, at(random.nextInt(40), random.nextInt(40)),
					NOW, minutes(300 + random.nextInt(200))));
		}
		List<TripToPlan> trips = new ArrayList<>();
		PatientCarriage[] carriages = PatientCarriage.values();
		for (int i = 0; i < 80; i++) {
			trips.add(new TripToPlan(i + 1, at(random.nextInt(40), random.nextInt(40)), at(20, 20),
					carriages[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3)], 1 + random.nextInt(3),
					1 + random.nextInt(5), minutes(random.nextInt(240)), i % 20 == 0 ? (long) (1 + i % 2) : null));
		}
		DispatchProposal proposal = planner.propose(trips, vehicles, NOW);
		PlanCheck check = new PlanCheck(GRID, SETTINGS);
		assertThat(check.violations(proposal.plan(), trips, vehicles)).isEmpty();
		assertThat(check.violations(proposal.greedy(), trips, vehicles)).isEmpty();
		assertThat(proposal.plan().unassigned().size()).isLessThanOrEqualTo(proposal.greedy().unassigned().size());
		assertThat(proposal.plan().weightedWaitMinutes()).isLessThanOrEqualTo(proposal.greedy().weightedWaitMinutes());
	}

	@Test
	void theCheckFindsOverlappingTripsAndATripPlannedTwice() {
		List<TripToPlan> trips = List.of(trip(1, at(10, 0), at(10, 20), 1, 0), trip(2, at(0, 20), at(0, 0), 1, 0));
		// trip 2 is picked up at 45, but the vehicle is at the hospital of trip 1 until 40 and needs 10 min more
		DispatchPlan overlapping = new DispatchPlan(NOW, List.of(new VehicleRoute(1, List.of(
				new ScheduledTrip(1, 1, minutes(0), minutes(10), minutes(40), java.time.Duration.ofMinutes(10)),
				new ScheduledTrip(2, 1, minutes(35), minutes(45), minutes(75), java.time.Duration.ofMinutes(45))))),
				List.of());
		PlanCheck check = new PlanCheck(GRID, SETTINGS);
		assertThat(check.violations(overlapping, trips, List.of(sedan)))
			.containsExactly("trip 2 on vehicle 1: sets off before the vehicle is free",
					"trip 2 on vehicle 1: picked up before the patient is ready or the vehicle can be there");
		DispatchPlan twice = new DispatchPlan(NOW, overlapping.routes(),
				List.of(new UnassignedTrip(1, UnassignedReason.NO_FITTING_VEHICLE)));
		assertThat(check.violations(twice, trips, List.of(sedan))).contains("trip 1 appears 2 times");
	}

	private static List<ScheduledTrip> stops(DispatchPlan plan, long vehicleId) {
		return plan.routes().stream().filter(r -> r.vehicleId() == vehicleId).findFirst().orElseThrow().stops();
	}
}
